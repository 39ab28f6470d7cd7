import { condenseTurns } from '../analysis/condense.js';
import { redactTurns } from '../analysis/redaction/index.js';
import type { CallCompleted, Turn } from '../contracts/call-completed.js';

export interface PreparedCall {
  /** What an analyzer may see: PII replaced by typed placeholders, no phone numbers, length capped. */
  call: CallCompleted;
  /** Every turn, redacted but not condensed: conversation metrics need the whole call. */
  redactedTurns: Turn[];
  condensed: boolean;
}

export function prepareCall(call: CallCompleted): PreparedCall {
  const redactedTurns = redactTurns(call.turns).turns;
  const { turns, condensed } = condenseTurns(redactedTurns);
  return { call: { ...call, fromNumber: '', toNumber: '', turns }, redactedTurns, condensed };
}
