import type { LlmUsage } from './usage.js';

export type AnalysisErrorReason =
  | 'llm_invalid_output'
  | 'llm_refused'
  | 'llm_deadline'
  | 'llm_timeout'
  | 'llm_unreachable'
  | 'llm_http_error';

/**
 * An analysis that could not be produced. `reason` is a stable code for the DLQ; `message` is for humans
 * and never contains transcript text. `usage` is what the failed analysis cost so far.
 */
export class AnalysisError extends Error {
  override readonly name = 'AnalysisError';

  constructor(
    readonly reason: AnalysisErrorReason,
    message: string,
    readonly usage?: LlmUsage,
  ) {
    super(message);
  }
}
