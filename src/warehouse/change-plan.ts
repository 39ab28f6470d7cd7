import type { CallAnalytics } from '../contracts/call-analytics.js';
import { versionOf } from './versions.js';

export interface SourcePosition {
  topic: string;
  partition: number;
  offset: string;
}

export interface Versioned {
  analytics: CallAnalytics;
  version: bigint;
}

/** A row of call_analytics_changes: the analytics, a sign and where the change came from. */
export type ChangeRow = CallAnalytics & {
  sign: 1 | -1;
  version: string;
  sourceTopic: string;
  sourcePartition: number;
  sourceOffset: string;
};

function changeRow(v: Versioned, sign: 1 | -1, source: SourcePosition): ChangeRow {
  return { ...v.analytics, sign, version: v.version.toString(), sourceTopic: source.topic, sourcePartition: source.partition, sourceOffset: source.offset };
}

/**
 * Folds a batch into the current state: a newer version retracts the applied one (sign −1, its old
 * values) and inserts itself (sign +1); an older or equal version, a duplicate, changes nothing.
 * Returns the rows to insert; `current` is left as it was.
 */
export function planChanges(current: ReadonlyMap<string, Versioned>, batch: ReadonlyArray<{ analytics: CallAnalytics; source: SourcePosition }>): ChangeRow[] {
  const state = new Map(current);
  const rows: ChangeRow[] = [];
  for (const { analytics, source } of batch) {
    const incoming = { analytics, version: versionOf(analytics) };
    const applied = state.get(analytics.callId);
    if (applied && applied.version >= incoming.version) continue;
    if (applied) rows.push(changeRow(applied, -1, source));
    rows.push(changeRow(incoming, 1, source));
    state.set(analytics.callId, incoming);
  }
  return rows;
}
