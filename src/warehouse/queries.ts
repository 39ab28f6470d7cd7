import type { Warehouse } from './warehouse.js';
import { roundTo } from '../round.js';

export type Bucket = 'hour' | 'day';
export type GroupBy = 'agent' | 'vertical' | 'language';

/** Sign-weighted sums as the views keep them; averages are derived from these by `rates`. */
export interface Sums {
  calls: number;
  sentimentScoreMicros: number;
  satisfactionSum: number;
  escalations: number;
  hotLeads: number;
}

export interface TrendRow extends Sums {
  bucket: string;
  group: string;
  positive: number;
  neutral: number;
  negative: number;
}

export interface LeaderboardRow extends Sums {
  agentId: string;
}

/**
 * Sign-weighted sums of the conversation metrics over the calls that have them (clickhouse/004),
 * fractions in millionths. Fields a call may lack have their own count of calls.
 */
export interface MetricSums {
  calls: number;
  durationMs: number;
  talkRatioAgentMicros: number;
  silenceMs: number;
  overlapMs: number;
  interruptions: number;
  latencyCalls: number;
  agentResponseLatencyMs: number;
  agentWpmCalls: number;
  agentWpmMicros: number;
  customerWpmCalls: number;
  customerWpmMicros: number;
  sentimentShiftCalls: number;
  sentimentShiftMicros: number;
}

export interface AgentMetricsRow extends MetricSums {
  agentId: string;
}

export interface IntentRow {
  group: string;
  intent: string;
  calls: number;
}

export interface TopLeadRow {
  callId: string;
  agentId: string;
  vertical: string;
  language: string;
  endedAt: number;
  leadScore: number;
  intent: string;
  sentiment: string;
  summary: string;
  nextAction: string;
}

export interface Window {
  /** Epoch ms; the window starts at the bucket (hour or day, UTC) that contains it. */
  since: number;
}

const groupColumn: Record<GroupBy, string> = { agent: 'agentId', vertical: 'vertical', language: 'language' };
const trendTable: Record<Bucket, string> = { hour: 'trends_hourly', day: 'trends_daily' };

// Aggregates are aliased with their source columns' names; this makes a name inside an aggregate or
// HAVING mean the column, not the alias.
const columnsOverAliases = 'SETTINGS prefer_column_name_to_alias = 1';

const sumKeys = ['calls', 'sentimentScoreMicros', 'satisfactionSum', 'escalations', 'hotLeads'] as const satisfies readonly (keyof Sums)[];

export const metricSumKeys = [
  'calls', 'durationMs', 'talkRatioAgentMicros', 'silenceMs', 'overlapMs', 'interruptions', 'latencyCalls', 'agentResponseLatencyMs',
  'agentWpmCalls', 'agentWpmMicros', 'customerWpmCalls', 'customerWpmMicros', 'sentimentShiftCalls', 'sentimentShiftMicros',
] as const satisfies readonly (keyof MetricSums)[];

const sumsOf = (keys: readonly string[]) => keys.map((k) => `sum(${k}) AS ${k}`).join(', ');

const sinceSql = (bucket: Bucket) => (bucket === 'hour' ? 'toStartOfHour(fromUnixTimestamp64Milli({since:Int64}))' : 'toStartOfDay(fromUnixTimestamp64Milli({since:Int64}))');

/** 64-bit integers arrive as strings from a server and as numbers from chDB. */
function numeric<T extends object>(row: T, keys: readonly (keyof T)[]): T {
  const copy = { ...row };
  for (const k of keys) copy[k] = Number(copy[k]) as T[keyof T];
  return copy;
}

export async function trends(wh: Warehouse, opts: Window & { bucket: Bucket; by: GroupBy }): Promise<TrendRow[]> {
  const rows = await wh.query<TrendRow>(
    `SELECT formatDateTime(bucket, '%Y-%m-%dT%H:%i:%SZ', 'UTC') AS bucket, ${groupColumn[opts.by]} AS group, ${sumsOf(sumKeys)},
       sumIf(calls, sentiment = 'positive') AS positive, sumIf(calls, sentiment = 'neutral') AS neutral, sumIf(calls, sentiment = 'negative') AS negative
     FROM ${trendTable[opts.bucket]}
     WHERE bucket >= ${sinceSql(opts.bucket)}
     GROUP BY bucket, group HAVING sum(calls) != 0
     ORDER BY bucket, group ${columnsOverAliases}`,
    { since: opts.since },
  );
  return rows.map((r) => numeric(r, [...sumKeys, 'positive', 'neutral', 'negative']));
}

/** Per-agent sums over whole hours from one of the hourly per-agent tables. */
async function perAgent<T extends { agentId: string }>(wh: Warehouse, table: string, keys: readonly (keyof T & string)[], since: number): Promise<T[]> {
  const rows = await wh.query<T>(
    `SELECT agentId, ${sumsOf(keys)} FROM ${table}
     WHERE bucket >= ${sinceSql('hour')}
     GROUP BY agentId HAVING sum(calls) != 0
     ORDER BY agentId ${columnsOverAliases}`,
    { since },
  );
  return rows.map((r) => numeric(r, keys));
}

export function leaderboard(wh: Warehouse, opts: Window): Promise<LeaderboardRow[]> {
  return perAgent<LeaderboardRow>(wh, 'agent_leaderboard_hourly', sumKeys, opts.since);
}

/** Conversation metrics per agent, over the calls that have them. */
export function agentMetrics(wh: Warehouse, opts: Window): Promise<AgentMetricsRow[]> {
  return perAgent<AgentMetricsRow>(wh, 'agent_metrics_hourly', metricSumKeys, opts.since);
}

export async function intentMix(wh: Warehouse, opts: Window & { by: GroupBy }): Promise<IntentRow[]> {
  const rows = await wh.query<IntentRow>(
    `SELECT ${groupColumn[opts.by]} AS group, toString(intent) AS intent, sum(calls) AS calls FROM trends_hourly
     WHERE bucket >= ${sinceSql('hour')}
     GROUP BY group, intent HAVING sum(calls) != 0
     ORDER BY group, toString(intent) ${columnsOverAliases}`,
    { since: opts.since },
  );
  return rows.map((r) => numeric(r, ['calls']));
}

export async function topLeads(wh: Warehouse, opts: Window & { limit: number }): Promise<TopLeadRow[]> {
  const rows = await wh.query<TopLeadRow>(
    `SELECT callId, agentId, vertical, language, toUnixTimestamp64Milli(endedAt) AS endedAt, leadScore, toString(intent) AS intent,
       toString(sentiment) AS sentiment, summary, nextAction
     FROM top_leads WHERE endedAt >= fromUnixTimestamp64Milli({since:Int64}) LIMIT {limit:UInt32}`,
    { since: opts.since, limit: opts.limit },
  );
  return rows.map((r) => numeric(r, ['endedAt', 'leadScore']));
}

/** The averages and rates a person reads, from the sums the views keep. */
export function rates(s: Sums): { avgSentiment: number; avgSatisfaction: number; escalationRate: number } {
  const per = (x: number) => (s.calls === 0 ? 0 : x / s.calls);
  return {
    avgSentiment: Math.round(per(s.sentimentScoreMicros) / 1000) / 1000,
    avgSatisfaction: roundTo(per(s.satisfactionSum), 2),
    escalationRate: roundTo(per(s.escalations), 3),
  };
}

/** The conversation metrics' averages, each over the calls that have that metric; null when none has. */
export function metricAverages(s: MetricSums) {
  const avg = (sum: number, count: number, unit: number, decimals: number) =>
    count === 0 ? null : roundTo(sum / count / unit, decimals);
  return {
    avgDurationS: avg(s.durationMs, s.calls, 1000, 1),
    avgTalkRatioAgent: avg(s.talkRatioAgentMicros, s.calls, 1e6, 3),
    avgSilenceS: avg(s.silenceMs, s.calls, 1000, 1),
    avgOverlapS: avg(s.overlapMs, s.calls, 1000, 1),
    avgInterruptions: avg(s.interruptions, s.calls, 1, 2),
    avgResponseLatencyMs: avg(s.agentResponseLatencyMs, s.latencyCalls, 1, 0),
    avgAgentWpm: avg(s.agentWpmMicros, s.agentWpmCalls, 1e6, 1),
    avgCustomerWpm: avg(s.customerWpmMicros, s.customerWpmCalls, 1e6, 1),
    avgSentimentShift: avg(s.sentimentShiftMicros, s.sentimentShiftCalls, 1e6, 3),
  };
}
