import { callAnalyticsSchema } from '../contracts/call-analytics.js';
import type { Versioned } from './change-plan.js';
import type { Warehouse } from './warehouse.js';

/** Columns of call_analytics_latest read back in the contract's shapes (times as epoch ms, the version as a string). */
const latestColumns = `callId, toString(version) AS version, schemaVersion, analyzerName, analyzerVersion,
  toUnixTimestamp64Milli(analyzedAt) AS analyzedAt, agentId, vertical, language, toUnixTimestamp64Milli(endedAt) AS endedAt,
  toString(sentiment) AS sentiment, sentimentScore, toString(intent) AS intent, leadScore, hotLead, satisfaction, escalated,
  escalationReason, summary, nextAction, tags, intentDetail, categories, entities, extras, metrics, usage, condensed`;

/** A nullable record is stored as a tuple of Nullable elements (see clickhouse/001); all NULL means null. */
function recordOrNull(value: unknown, requiredKey: string): unknown {
  return value && typeof value === 'object' && (value as Record<string, unknown>)[requiredKey] !== null ? value : null;
}

/** The applied version of each call, so a change can retract exactly what is there. */
export async function readLatest(warehouse: Warehouse, callIds: readonly string[]): Promise<Map<string, Versioned>> {
  if (callIds.length === 0) return new Map();
  const rows = await warehouse.query<Record<string, unknown> & { version: string }>(
    `SELECT ${latestColumns} FROM call_analytics_latest FINAL WHERE callId IN {ids:Array(String)}
     SETTINGS output_format_json_quote_64bit_integers = 0`,
    { ids: callIds },
  );
  return new Map(
    rows.map((row) => {
      const { version, ...rest } = row;
      const analytics = callAnalyticsSchema.parse({
        ...rest,
        metrics: recordOrNull(rest.metrics, 'durationMs'),
        usage: recordOrNull(rest.usage, 'promptTokens'),
      });
      return [analytics.callId, { analytics, version: BigInt(version) }];
    }),
  );
}

/** Every call's latest analytics, for tests and ground truth checks. */
export async function readAllLatest(warehouse: Warehouse): Promise<Map<string, Versioned>> {
  const ids = await warehouse.query<{ callId: string }>('SELECT DISTINCT callId FROM call_analytics_latest');
  return readLatest(warehouse, ids.map((r) => r.callId));
}
