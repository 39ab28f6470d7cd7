import { z } from 'zod';
import { parseDuration } from '../duration.js';
import { agentMetrics, intentMix, leaderboard, metricAverages, rates, topLeads, trends } from './queries.js';
import type { Warehouse } from './warehouse.js';

export const queryNames = ['trends', 'leaderboard', 'agent-metrics', 'top-leads', 'intents'] as const;

/** One request shape for the CLI and the HTTP endpoint, so both answer alike. */
export const queryRequestSchema = z.object({
  name: z.enum(queryNames),
  since: z.string().refine((s) => parseDuration(s) !== null, 'expected a duration such as 30m, 24h, 7d').default('24h'),
  bucket: z.enum(['hour', 'day']).default('hour'),
  by: z.enum(['agent', 'vertical', 'language']).default('vertical'),
  limit: z.coerce.number().int().min(1).max(10_000).default(10),
});

export type QueryRequest = z.infer<typeof queryRequestSchema>;
/** null: an average over no calls (see metricAverages). */
export type QueryResult = Array<Record<string, string | number | null>>;

/** Runs a named query and shapes its rows for people: averages and rates next to the counts. */
export async function runNamedQuery(wh: Warehouse, req: QueryRequest, now = Date.now()): Promise<QueryResult> {
  const since = now - parseDuration(req.since)!;
  switch (req.name) {
    case 'trends':
      return (await trends(wh, { since, bucket: req.bucket, by: req.by })).map((r) => ({
        bucket: r.bucket, [req.by]: r.group, calls: r.calls, ...rates(r), positive: r.positive, neutral: r.neutral, negative: r.negative, hotLeads: r.hotLeads,
      }));
    case 'leaderboard':
      return (await leaderboard(wh, { since }))
        .map((r) => ({ agentId: r.agentId, calls: r.calls, ...rates(r), hotLeads: r.hotLeads }))
        .sort((a, b) => b.avgSatisfaction - a.avgSatisfaction || b.avgSentiment - a.avgSentiment || a.agentId.localeCompare(b.agentId));
    case 'agent-metrics':
      return (await agentMetrics(wh, { since })).map((r) => ({ agentId: r.agentId, calls: r.calls, ...metricAverages(r) }));
    case 'intents':
      return (await intentMix(wh, { since, by: req.by })).map((r) => ({ [req.by]: r.group, intent: r.intent, calls: r.calls }));
    case 'top-leads':
      return (await topLeads(wh, { since, limit: req.limit })).map((r) => ({ ...r, endedAt: new Date(r.endedAt).toISOString() }));
  }
}
