import { callAnalyticsSchema } from '../contracts/call-analytics.js';
import type { Versioned } from './change-plan.js';
import type { Warehouse } from './warehouse.js';

/** Columns of call_analytics_latest read back in the contract's shapes (64-bit ints as strings, times as epoch ms). */
const latestColumns = `callId, toString(version) AS version, schemaVersion, analyzerName, analyzerVersion,
  toUnixTimestamp64Milli(analyzedAt) AS analyzedAt, agentId, vertical, language, toUnixTimestamp64Milli(endedAt) AS endedAt,
  toString(sentiment) AS sentiment, sentimentScore, toString(intent) AS intent, leadScore, hotLead, satisfaction, escalated,
  escalationReason, summary, nextAction, tags`;

/** The applied version of each call, so a change can retract exactly what is there. */
export async function readLatest(warehouse: Warehouse, callIds: readonly string[]): Promise<Map<string, Versioned>> {
  if (callIds.length === 0) return new Map();
  const rows = await warehouse.query<Record<string, unknown> & { version: string }>(
    `SELECT ${latestColumns} FROM call_analytics_latest FINAL WHERE callId IN {ids:Array(String)}`,
    { ids: callIds },
  );
  return new Map(
    rows.map((row) => {
      const { version, ...rest } = row;
      const analytics = callAnalyticsSchema.parse({ ...rest, analyzedAt: Number(rest.analyzedAt), endedAt: Number(rest.endedAt) });
      return [analytics.callId, { analytics, version: BigInt(version) }];
    }),
  );
}

/** Every call's latest analytics, for tests and ground truth checks. */
export async function readAllLatest(warehouse: Warehouse): Promise<Map<string, Versioned>> {
  const ids = await warehouse.query<{ callId: string }>('SELECT DISTINCT callId FROM call_analytics_latest');
  return readLatest(warehouse, ids.map((r) => r.callId));
}
