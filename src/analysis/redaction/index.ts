export type { PiiKind, PiiSpan } from './types.js';
export { findPii, redactText, redactTurns } from './redact.js';
export { applyPolicy, type PiiPolicy } from './policy.js';
