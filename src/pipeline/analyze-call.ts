import type { Analyzer } from '../analysis/analyzer.js';
import { textSentiment } from '../analysis/local/local-analyzer.js';
import { conversationMetrics } from '../analysis/metrics/conversation-metrics.js';
import { ANALYTICS_SCHEMA_VERSION, callAnalyticsSchema, type Analysis, type CallAnalytics, type Usage } from '../contracts/call-analytics.js';
import { callCompletedSchema, type CallCompleted } from '../contracts/call-completed.js';
import { describeIssues } from '../contracts/describe-issues.js';
import type { PiiPolicy } from '../analysis/redaction/index.js';
import type { Failure } from './dead-letter.js';
import { prepareCall, type PreparedCall } from './prepare-call.js';
import { roundTo } from '../round.js';

export type CallOutcome = { ok: true; analytics: CallAnalytics } | { ok: false; callId: string | null; failure: Failure };

function callIdOf(value: unknown): string | null {
  const id = typeof value === 'object' && value !== null ? (value as { callId?: unknown }).callId : undefined;
  return typeof id === 'string' ? id : null;
}

function reasonOf(error: unknown): string {
  const reason = typeof error === 'object' && error !== null ? (error as { reason?: unknown }).reason : undefined;
  return typeof reason === 'string' ? reason : 'analysis_failed';
}

const PLACEHOLDER = /^\[(CARD|SSN|EMAIL|PHONE|ADDRESS|redacted)\]$/;

function toAnalytics(call: CallCompleted, prepared: PreparedCall, analyzer: Pick<Analyzer, 'name' | 'version'>, result: { analysis: Analysis; usage: Usage | null }, analyzedAt: number): CallAnalytics {
  const sentimentOf = (text: string) => textSentiment(text, call.language);
  return {
    callId: call.callId,
    schemaVersion: ANALYTICS_SCHEMA_VERSION,
    analyzerName: analyzer.name,
    analyzerVersion: analyzer.version,
    analyzedAt,
    agentId: call.agentId,
    vertical: call.vertical,
    language: call.language,
    endedAt: call.endedAt,
    ...result.analysis,
    // Kept to 3 decimals, so sums in the warehouse (in millionths) never meet a rounding tie.
    sentimentScore: roundTo(result.analysis.sentimentScore, 3),
    // PII entities come from the redaction, under the configured policy; an analyzer only saw placeholders.
    entities: [...result.analysis.entities.filter((e) => !PLACEHOLDER.test(e.value)), ...prepared.piiEntities],
    metrics: conversationMetrics(prepared.redactedTurns, sentimentOf),
    usage: result.usage,
    condensed: prepared.condensed,
  };
}

function runAnalyzer(analyzer: Analyzer, call: CallCompleted): Promise<{ analysis: Analysis; usage: Usage | null }> {
  return analyzer.analyzeWithUsage ? analyzer.analyzeWithUsage(call) : analyzer.analyze(call).then((analysis) => ({ analysis, usage: null }));
}

/**
 * validate → redact → analyze → validate: a decoded call.completed value becomes analytics, or a
 * failure with a reason for the DLQ.
 */
export async function analyzeCall(decoded: unknown, analyzer: Analyzer, piiPolicy: PiiPolicy = 'mask', now: () => number = Date.now): Promise<CallOutcome> {
  const callId = callIdOf(decoded);
  const parsed = callCompletedSchema.safeParse(decoded);
  if (!parsed.success) return { ok: false, callId, failure: { stage: 'validate', reason: 'invalid_call', detail: describeIssues(parsed.error) } };
  const prepared = prepareCall(parsed.data, piiPolicy);
  let result;
  try {
    result = await runAnalyzer(analyzer, prepared.call);
  } catch (error) {
    return { ok: false, callId, failure: { stage: 'analyze', reason: reasonOf(error), detail: (error as Error).message } };
  }
  const analytics = callAnalyticsSchema.safeParse(toAnalytics(parsed.data, prepared, analyzer, result, now()));
  if (!analytics.success) return { ok: false, callId, failure: { stage: 'analyze', reason: 'invalid_analysis', detail: describeIssues(analytics.error) } };
  return { ok: true, analytics: analytics.data };
}
