import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedAgentMetrics, expectedIntentMix, expectedLeaderboard, expectedTopLeads, expectedTrends, latestPerCall } from '../../src/analysis/aggregate.js';
import { valueSubject } from '../../src/contracts/avro-codec.js';
import { intents, sentimentBand, sentiments, type CallAnalytics } from '../../src/contracts/call-analytics.js';
import { waitForCatchUp } from '../../src/pipeline/lag.js';
import { startSinkWorker } from '../../src/pipeline/sink-worker.js';
import type { Worker } from '../../src/pipeline/worker.js';
import { readAllLatest } from '../../src/warehouse/latest-state.js';
import { migrateWarehouse } from '../../src/warehouse/migrate.js';
import { agentMetrics, intentMix, leaderboard, topLeads, trends, type MetricSums } from '../../src/warehouse/queries.js';
import { createHarness, type Harness } from '../support/pipeline-harness.js';

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);

function analyticsFor(callId: string, rand: () => number, analyzedAt: number, endedAt: number, agentId: string): CallAnalytics {
  const score = Math.round((rand() * 2 - 1) * 1000) / 1000;
  const lead = Math.floor(rand() * 101);
  return {
    callId, schemaVersion: 1, analyzerName: 'test', analyzerVersion: '1', analyzedAt, agentId,
    vertical: ['sales', 'salon', 'healthcare'][Math.floor(rand() * 3)]!, language: rand() < 0.6 ? 'en' : 'de', endedAt,
    sentiment: sentimentBand(score), sentimentScore: score,
    intent: intents[Math.floor(rand() * intents.length)]!, leadScore: lead, hotLead: lead >= 70,
    satisfaction: 1 + Math.floor(rand() * 5), escalated: rand() < 0.3, escalationReason: null,
    summary: `call ${callId}`, nextAction: 'none', tags: [],
    intentDetail: rand() < 0.5 ? 'quote_request' : null, categories: rand() < 0.3 ? ['competitor_mentioned'] : [],
    entities: [{ type: 'money', value: '$120' }], extras: { urgency: 'routine', tourBooked: rand() < 0.5, budget: 1200 },
    // Metric values follow the score and lead score, so a re-analysis changes them without changing
    // the random stream; each field that may be null is null on some calls.
    metrics: rand() < 0.5 ? null : {
      durationMs: 120_000 + lead * 3_000, agentTalkMs: 150_000, customerTalkMs: 120_000, talkRatioAgent: Math.round((score + 1) * 500) / 1000,
      silenceMs: lead * 400, overlapMs: lead * 90, agentInterruptions: lead % 3, customerInterruptions: lead % 2, interruptions: (lead % 3) + (lead % 2),
      agentResponseLatencyMs: lead % 4 === 0 ? null : 300 + lead * 7, agentResponseLatencyP90Ms: null,
      agentWpm: lead % 5 === 0 ? null : 110 + lead / 10, customerWpm: lead % 3 === 0 ? null : Math.round(1300 + score * 400) / 10,
      sentimentByQuarter: [0.1, null, 0.3, 0.5], sentimentShift: lead % 6 === 0 ? null : Math.round(score * 500) / 1000,
    },
    usage: rand() < 0.5 ? null : { promptTokens: 900, completionTokens: 120, latencyMs: 1400, estimatedCostUsd: null, attempts: 1 },
    condensed: false,
  };
}

/** 60 calls over 5 hours; 20 re-analysed with other results; 25 duplicates; 10 re-analyses produced before the version they replace. */
function eventStream(): CallAnalytics[] {
  const rand = prng(42);
  const originals = Array.from({ length: 60 }, (_, i) => {
    const endedAt = NOW - Math.floor(rand() * 5 * 3_600_000);
    return analyticsFor(`call-${i}`, rand, endedAt + 60_000, endedAt, `agent-${i % 4}`);
  });
  const reanalyses = originals.slice(0, 20).map((o) => ({ ...analyticsFor(o.callId, rand, o.analyzedAt + 3_600_000, o.endedAt, o.agentId), analyzerVersion: '2' }));
  const outOfOrder = reanalyses.slice(0, 10);
  const inOrder = reanalyses.slice(10);
  const duplicates = Array.from({ length: 25 }, () => originals[Math.floor(rand() * originals.length)]!);
  // Newer versions of calls 0-9 arrive before their originals.
  return [...outOfOrder, ...originals, ...inOrder, ...duplicates, ...inOrder.slice(0, 5)];
}

describe('sink exactness: duplicates, re-analysis and reordering', () => {
  let h: Harness;
  const workers: Worker[] = [];
  const events = eventStream();
  const truth = latestPerCall(events);

  beforeAll(async () => {
    h = await createHarness('exact');
    const producer = h.kafka.producer({ idempotent: true });
    await producer.connect();
    const messages = await Promise.all(events.map(async (e) => ({ key: e.callId, value: await h.codec.encode(valueSubject(h.topics.analytics), e) })));
    await producer.send({ topic: h.topics.analytics, messages });
    await producer.disconnect();
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await h?.warehouse.close();
  });

  async function sinkAll(groupId: string) {
    workers.push(await startSinkWorker({ kafka: h.kafka, codec: h.codec, warehouse: h.warehouse, topics: h.topics, groupId, logger: h.logger }));
    await waitForCatchUp(h.kafka, groupId, h.topics.analytics, 90_000);
  }

  async function expectViewsEqualTruth() {
    const since = NOW - 24 * 3_600_000;
    for (const bucket of ['hour', 'day'] as const) {
      for (const by of ['agent', 'vertical', 'language'] as const) {
        expect(await trends(h.warehouse, { since, bucket, by }), `${bucket} trends by ${by}`).toEqual(expectedTrends(truth, { since, bucket, by }));
      }
    }
    expect(await leaderboard(h.warehouse, { since })).toEqual(expectedLeaderboard(truth, { since }));
    expect(await agentMetrics(h.warehouse, { since })).toEqual(expectedAgentMetrics(truth, { since }));
    expect(await intentMix(h.warehouse, { since, by: 'vertical' })).toEqual(expectedIntentMix(truth, { since, by: 'vertical' }));
    expect(await topLeads(h.warehouse, { since, limit: 10 })).toEqual(expectedTopLeads(truth, { since, limit: 10 }));
  }

  it('gives view results equal to the ground truth from the latest analytics per call', async () => {
    await sinkAll(`${h.topics.analytics}-sink`);
    expect(truth).toHaveLength(60);
    const board = await leaderboard(h.warehouse, { since: NOW - 24 * 3_600_000 });
    // A naive view would count every event: 60 + 20 + 25 + 5.
    expect(board.reduce((n, r) => n + r.calls, 0)).toBe(60);
    await expectViewsEqualTruth();
  });

  it('keeps every field of the latest analytics per call, nested v2 fields included', async () => {
    const latest = await readAllLatest(h.warehouse);
    expect(new Map([...latest].map(([id, v]) => [id, v.analytics]))).toEqual(new Map(truth.map((a) => [a.callId, a])));
  });

  it('stays exact when an operator replays the whole topic into the same warehouse', async () => {
    await sinkAll(`${h.topics.analytics}-replay`);
    await expectViewsEqualTruth();
  });

  it('backfills agent metrics written before their view existed, and a second migrate adds nothing', async () => {
    // The state of a database created before clickhouse/004, whose changes the view never saw.
    await h.warehouse.command('DROP VIEW agent_metrics_hourly_mv');
    await h.warehouse.command('DROP TABLE agent_metrics_hourly');
    await migrateWarehouse(h.warehouse);
    await migrateWarehouse(h.warehouse);
    await expectViewsEqualTruth();
  });

  it('drops a retried insert that carries the same deduplication token', async () => {
    const count = async () => (await h.warehouse.query<{ n: number }>('SELECT count() AS n FROM call_analytics_changes'))[0]!.n;
    const before = Number(await count());
    const row = { ...truth[0]!, callId: 'dedup-probe', sign: 1, version: '1', sourceTopic: 't', sourcePartition: 0, sourceOffset: '0' };
    await h.warehouse.insert('call_analytics_changes', [row], { dedupToken: 'probe:0:0-0' });
    await h.warehouse.insert('call_analytics_changes', [row], { dedupToken: 'probe:0:0-0' });
    expect(Number(await count())).toBe(before + 1);
    const views = await h.warehouse.query<{ n: number }>("SELECT sum(calls) AS n FROM agent_leaderboard_hourly WHERE agentId = {a:String}", { a: row.agentId });
    expect(Number(views[0]!.n)).toBe(truth.filter((a) => a.agentId === row.agentId).length + 1);
  });

  it('covers every sentiment and intent, and metrics present and missing, in the data it checks', () => {
    expect(new Set(truth.map((a) => a.sentiment))).toEqual(new Set(sentiments));
    expect(new Set(truth.map((a) => a.intent))).toEqual(new Set(intents));
    const perAgent = expectedAgentMetrics(truth, { since: 0 });
    const total = (k: keyof MetricSums) => perAgent.reduce((n, r) => n + r[k], 0);
    for (const k of ['latencyCalls', 'agentWpmCalls', 'customerWpmCalls', 'sentimentShiftCalls'] as const) {
      expect(total(k), k).toBeGreaterThan(0);
      expect(total(k), k).toBeLessThan(total('calls'));
    }
  });
});
