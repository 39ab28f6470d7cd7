import type { Analyzer } from '../analysis/analyzer.js';
import { ANALYTICS_SCHEMA_VERSION, callAnalyticsSchema, type Analysis, type CallAnalytics } from '../contracts/call-analytics.js';
import { callCompletedSchema, type CallCompleted } from '../contracts/call-completed.js';
import { describeIssues } from '../contracts/describe-issues.js';
import type { Failure } from './dead-letter.js';

export type CallOutcome = { ok: true; analytics: CallAnalytics } | { ok: false; callId: string | null; failure: Failure };

function callIdOf(value: unknown): string | null {
  const id = typeof value === 'object' && value !== null ? (value as { callId?: unknown }).callId : undefined;
  return typeof id === 'string' ? id : null;
}

function reasonOf(error: unknown): string {
  const reason = typeof error === 'object' && error !== null ? (error as { reason?: unknown }).reason : undefined;
  return typeof reason === 'string' ? reason : 'analysis_failed';
}

/** Scores are kept to 3 decimals, so sums in the warehouse (in millionths) never meet a rounding tie. */
const toThousandths = (x: number) => Math.round(x * 1000) / 1000;

export function toAnalytics(call: CallCompleted, analyzer: Pick<Analyzer, 'name' | 'version'>, analysis: Analysis, analyzedAt: number): CallAnalytics {
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
    ...analysis,
    sentimentScore: toThousandths(analysis.sentimentScore),
  };
}

/**
 * validate → analyze → validate: a decoded call.completed value becomes analytics, or a failure
 * with a reason for the DLQ. Throws only for faults that are not the event's (none today).
 */
export async function analyzeCall(decoded: unknown, analyzer: Analyzer, prepare: (call: CallCompleted) => CallCompleted, now: () => number = Date.now): Promise<CallOutcome> {
  const callId = callIdOf(decoded);
  const parsed = callCompletedSchema.safeParse(decoded);
  if (!parsed.success) return { ok: false, callId, failure: { stage: 'validate', reason: 'invalid_call', detail: describeIssues(parsed.error) } };
  let analysis;
  try {
    analysis = await analyzer.analyze(prepare(parsed.data));
  } catch (error) {
    return { ok: false, callId, failure: { stage: 'analyze', reason: reasonOf(error), detail: (error as Error).message } };
  }
  const analytics = callAnalyticsSchema.safeParse(toAnalytics(parsed.data, analyzer, analysis, now()));
  if (!analytics.success) return { ok: false, callId, failure: { stage: 'analyze', reason: 'invalid_analysis', detail: describeIssues(analytics.error) } };
  return { ok: true, analytics: analytics.data };
}
