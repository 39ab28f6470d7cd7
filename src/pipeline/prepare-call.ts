import { condenseTurns } from '../analysis/condense.js';
import { applyPolicy, redactText, type PiiPolicy } from '../analysis/redaction/index.js';
import type { CallAnalytics } from '../contracts/call-analytics.js';
import type { CallCompleted, Turn } from '../contracts/call-completed.js';

export type Entity = CallAnalytics['entities'][number];

export interface PreparedCall {
  /** What an analyzer may see: PII replaced by typed placeholders, no phone numbers, length capped. */
  call: CallCompleted;
  /** Every turn, redacted but not condensed: conversation metrics need the whole call. */
  redactedTurns: Turn[];
  condensed: boolean;
  /** The PII found, as entities under the configured policy (kept, masked, or left out when dropped). */
  piiEntities: Entity[];
}

export function prepareCall(call: CallCompleted, piiPolicy: PiiPolicy = 'mask'): PreparedCall {
  const piiEntities: Entity[] = [];
  const redactedTurns = call.turns.map((turn) => {
    const { text, spans } = redactText(turn.text);
    for (const span of spans) {
      const value = applyPolicy(span.text, span.kind, piiPolicy);
      if (value !== null) piiEntities.push({ type: span.kind, value });
    }
    return { ...turn, text };
  });
  const { turns, condensed } = condenseTurns(redactedTurns);
  return { call: { ...call, fromNumber: '', toNumber: '', turns }, redactedTurns, condensed, piiEntities };
}
