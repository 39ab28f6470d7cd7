import type { CompletionUsage } from 'openai/resources/completions';

export interface LlmPricing {
  inputPerMTok: number;
  outputPerMTok: number;
}

export interface TokenCounts {
  promptTokens: number;
  completionTokens: number;
}

/** What one analysis cost, summed over its attempts (the first answer and, if needed, the repair). */
export interface LlmUsage extends TokenCounts {
  latencyMs: number;
  /** null when no pricing is configured: an unknown cost is not a zero cost. */
  estimatedCostUsd: number | null;
  /** Answers the model gave: 1, or 2 when a repair was needed. SDK-level HTTP retries are not counted. */
  attempts: number;
}

/** Some OpenAI-compatible servers omit `usage`; their answers count as zero tokens. */
export function tokenCountsOf(usage: CompletionUsage | undefined): TokenCounts {
  return { promptTokens: usage?.prompt_tokens ?? 0, completionTokens: usage?.completion_tokens ?? 0 };
}

function estimateCostUsd(tokens: TokenCounts, pricing: LlmPricing): number {
  return (tokens.promptTokens * pricing.inputPerMTok + tokens.completionTokens * pricing.outputPerMTok) / 1_000_000;
}

export function summarizeUsage(answers: readonly TokenCounts[], latencyMs: number, pricing?: LlmPricing): LlmUsage {
  const tokens = {
    promptTokens: answers.reduce((sum, a) => sum + a.promptTokens, 0),
    completionTokens: answers.reduce((sum, a) => sum + a.completionTokens, 0),
  };
  return {
    ...tokens,
    latencyMs: Math.round(latencyMs),
    estimatedCostUsd: pricing ? estimateCostUsd(tokens, pricing) : null,
    attempts: answers.length,
  };
}
