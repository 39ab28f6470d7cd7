import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { AnalysisErrorReason } from './analysis-error.js';

export interface RequestFailure {
  reason: AnalysisErrorReason;
  message: string;
}

/**
 * Describes an SDK error that remained after the SDK's own retries, or undefined when `error` is not one.
 * The provider's free-text error message is left out: it may quote the request.
 */
export function describeRequestFailure(error: unknown, limits: { timeoutMs: number; maxRetries: number }): RequestFailure | undefined {
  if (error instanceof APIConnectionTimeoutError) {
    return { reason: 'llm_timeout', message: `every LLM request timed out after ${limits.timeoutMs} ms (${limits.maxRetries} retries)` };
  }
  if (error instanceof APIConnectionError) {
    return { reason: 'llm_unreachable', message: `could not connect to the LLM endpoint (${limits.maxRetries} retries)` };
  }
  if (error instanceof APIError) {
    const code = typeof error.code === 'string' ? ` (${error.code})` : '';
    return { reason: 'llm_http_error', message: `the LLM endpoint answered HTTP ${error.status ?? 'without a status'}${code}` };
  }
  return undefined;
}
