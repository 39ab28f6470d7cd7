import type { CallAnalytics } from '../contracts/call-analytics.js';
import { metricSumKeys, type AgentMetricsRow, type Bucket, type GroupBy, type IntentRow, type LeaderboardRow, type MetricSums, type Sums, type TopLeadRow, type TrendRow } from '../warehouse/queries.js';
import { versionOf } from '../warehouse/versions.js';

/**
 * The warehouse views' answers computed directly from analytics events, in memory: the ground truth
 * the exactness tests hold ClickHouse to, whatever order or how often the events arrived in.
 */
export function latestPerCall(events: readonly CallAnalytics[]): CallAnalytics[] {
  const latest = new Map<string, { a: CallAnalytics; v: bigint }>();
  for (const a of events) {
    const v = versionOf(a);
    const seen = latest.get(a.callId);
    if (!seen || v > seen.v) latest.set(a.callId, { a, v });
  }
  return [...latest.values()].map((x) => x.a);
}

const bucketMs: Record<Bucket, number> = { hour: 3_600_000, day: 86_400_000 };
const floorTo = (ms: number, bucket: Bucket) => Math.floor(ms / bucketMs[bucket]) * bucketMs[bucket];
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const groupOf: Record<GroupBy, (a: CallAnalytics) => string> = { agent: (a) => a.agentId, vertical: (a) => a.vertical, language: (a) => a.language };

const emptySums = (): Sums => ({ calls: 0, sentimentScoreMicros: 0, satisfactionSum: 0, escalations: 0, hotLeads: 0 });

function addTo(s: Sums, a: CallAnalytics): void {
  s.calls += 1;
  s.sentimentScoreMicros += Math.round(a.sentimentScore * 1_000_000);
  s.satisfactionSum += a.satisfaction;
  s.escalations += a.escalated ? 1 : 0;
  s.hotLeads += a.hotLead ? 1 : 0;
}

const inWindow = (calls: readonly CallAnalytics[], since: number, bucket: Bucket) => calls.filter((a) => a.endedAt >= floorTo(since, bucket));
const byKey = <T>(rows: Map<string, T>) => [...rows.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, r]) => r);

export function expectedTrends(latest: readonly CallAnalytics[], opts: { since: number; bucket: Bucket; by: GroupBy }): TrendRow[] {
  const rows = new Map<string, TrendRow>();
  for (const a of inWindow(latest, opts.since, opts.bucket)) {
    const bucket = isoSeconds(floorTo(a.endedAt, opts.bucket));
    const group = groupOf[opts.by](a);
    const key = `${bucket}\u0000${group}`;
    const row = rows.get(key) ?? { bucket, group, ...emptySums(), positive: 0, neutral: 0, negative: 0 };
    addTo(row, a);
    row[a.sentiment] += 1;
    rows.set(key, row);
  }
  return byKey(rows);
}

export function expectedLeaderboard(latest: readonly CallAnalytics[], opts: { since: number }): LeaderboardRow[] {
  const rows = new Map<string, LeaderboardRow>();
  for (const a of inWindow(latest, opts.since, 'hour')) {
    const row = rows.get(a.agentId) ?? { agentId: a.agentId, ...emptySums() };
    addTo(row, a);
    rows.set(a.agentId, row);
  }
  return byKey(rows);
}

const micros = (x: number) => Math.round(x * 1_000_000);
const present = (x: number | null) => (x === null ? 0 : 1);

/** One call's part of the sums clickhouse/004 keeps: a field that may be null counts only where present. */
function metricSumsOf(m: NonNullable<CallAnalytics['metrics']>): MetricSums {
  return {
    calls: 1, durationMs: m.durationMs, talkRatioAgentMicros: micros(m.talkRatioAgent), silenceMs: m.silenceMs, overlapMs: m.overlapMs, interruptions: m.interruptions,
    latencyCalls: present(m.agentResponseLatencyMs), agentResponseLatencyMs: m.agentResponseLatencyMs ?? 0,
    agentWpmCalls: present(m.agentWpm), agentWpmMicros: micros(m.agentWpm ?? 0),
    customerWpmCalls: present(m.customerWpm), customerWpmMicros: micros(m.customerWpm ?? 0),
    sentimentShiftCalls: present(m.sentimentShift), sentimentShiftMicros: micros(m.sentimentShift ?? 0),
  };
}

export function expectedAgentMetrics(latest: readonly CallAnalytics[], opts: { since: number }): AgentMetricsRow[] {
  const rows = new Map<string, AgentMetricsRow>();
  for (const a of inWindow(latest, opts.since, 'hour')) {
    if (!a.metrics) continue;
    const add = metricSumsOf(a.metrics);
    const row = rows.get(a.agentId);
    if (row) for (const k of metricSumKeys) row[k] += add[k];
    else rows.set(a.agentId, { agentId: a.agentId, ...add });
  }
  return byKey(rows);
}

export function expectedIntentMix(latest: readonly CallAnalytics[], opts: { since: number; by: GroupBy }): IntentRow[] {
  const rows = new Map<string, IntentRow>();
  for (const a of inWindow(latest, opts.since, 'hour')) {
    const group = groupOf[opts.by](a);
    const key = `${group}\u0000${a.intent}`;
    const row = rows.get(key) ?? { group, intent: a.intent, calls: 0 };
    row.calls += 1;
    rows.set(key, row);
  }
  return byKey(rows);
}

export function expectedTopLeads(latest: readonly CallAnalytics[], opts: { since: number; limit: number }): TopLeadRow[] {
  return latest
    .filter((a) => a.hotLead && a.endedAt >= opts.since)
    .sort((x, y) => y.leadScore - x.leadScore || y.endedAt - x.endedAt || (x.callId < y.callId ? -1 : 1))
    .slice(0, opts.limit)
    .map(({ callId, agentId, vertical, language, endedAt, leadScore, intent, sentiment, summary, nextAction }) => ({ callId, agentId, vertical, language, endedAt, leadScore, intent, sentiment, summary, nextAction }));
}
