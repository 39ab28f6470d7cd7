import { findAddresses } from './address.js';
import { findEmails } from './email.js';
import { findNumericPii } from './numeric-pii.js';
import { normalizeSpokenDigits, toSourceRange } from './spoken-digits.js';
import { PII_KINDS, type PiiCandidate, type PiiKind, type PiiSpan } from './types.js';

/** When detections overlap, the kind listed first wins; an email holds digits, a card number looks like a phone's. */
const PRECEDENCE: readonly PiiKind[] = ['email', 'card', 'ssn', 'phone', 'address'];

/** Orders candidates by kind, then longest first, then leftmost first. */
function precedes(a: PiiCandidate, b: PiiCandidate): number {
  return PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind)
    || (b.end - b.start) - (a.end - a.start)
    || a.start - b.start;
}

function keepNonOverlapping(candidates: readonly PiiCandidate[]): PiiCandidate[] {
  const kept: PiiCandidate[] = [];
  for (const candidate of [...candidates].sort(precedes)) {
    if (kept.every((k) => candidate.end <= k.start || k.end <= candidate.start)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function findPii(text: string): PiiSpan[] {
  const normalized = normalizeSpokenDigits(text);
  const fromNormalized = [...findNumericPii(normalized), ...findAddresses(normalized.text)]
    .map((c) => ({ kind: c.kind, ...toSourceRange(normalized, c.start, c.end) }));
  const emails = findEmails(text).map((e): PiiCandidate => ({ kind: 'email', start: e.start, end: e.end }));
  return keepNonOverlapping([...emails, ...fromNormalized])
    .map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
}

function placeholderFor(kind: PiiKind): string {
  return `[${kind.toUpperCase()}]`;
}

export function redactText(text: string): { text: string; spans: PiiSpan[] } {
  const spans = findPii(text);
  let redacted = '';
  let cursor = 0;
  for (const span of spans) {
    redacted += text.slice(cursor, span.start) + placeholderFor(span.kind);
    cursor = span.end;
  }
  return { text: redacted + text.slice(cursor), spans };
}

export function redactTurns<T extends { text: string }>(
  turns: readonly T[],
): { turns: T[]; counts: Record<PiiKind, number> } {
  const counts = Object.fromEntries(PII_KINDS.map((kind) => [kind, 0])) as Record<PiiKind, number>;
  const redacted = turns.map((turn) => {
    const { text, spans } = redactText(turn.text);
    for (const span of spans) counts[span.kind] += 1;
    return { ...turn, text };
  });
  return { turns: redacted, counts };
}
