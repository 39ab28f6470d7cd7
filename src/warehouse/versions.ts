import { createHash } from 'node:crypto';
import type { CallAnalytics } from '../contracts/call-analytics.js';

const FINGERPRINT_BITS = 20n;

/** JSON with keys sorted, so the fingerprint does not depend on how the object was built. */
function canonicalJson(a: CallAnalytics): string {
  return JSON.stringify(Object.fromEntries(Object.entries(a).sort(([x], [y]) => (x < y ? -1 : 1))));
}

/**
 * A version that orders the analyses of one call: analyzedAt first, then a fingerprint of the
 * content, so two analyses stamped in the same millisecond still order the same way everywhere.
 * The result depends only on the event, never on arrival order: duplicates get the same version.
 */
export function versionOf(a: CallAnalytics): bigint {
  const digest = createHash('sha256').update(canonicalJson(a)).digest();
  const fingerprint = BigInt(digest.readUInt32BE(0)) & ((1n << FINGERPRINT_BITS) - 1n);
  return (BigInt(a.analyzedAt) << FINGERPRINT_BITS) | fingerprint;
}
