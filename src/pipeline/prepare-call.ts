import { condenseTurns } from '../analysis/condense.js';
import { redactTurns } from '../analysis/redaction/index.js';
import type { CallCompleted } from '../contracts/call-completed.js';

/**
 * What an analyzer may see of a call: the transcript with PII replaced by typed placeholders, no
 * phone numbers, and capped in length (opening and end kept).
 */
export function prepareCall(call: CallCompleted): CallCompleted {
  return { ...call, fromNumber: '', toNumber: '', turns: condenseTurns(redactTurns(call.turns).turns).turns };
}
