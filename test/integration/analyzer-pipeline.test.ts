import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalAnalyzer } from '../../src/analysis/local/local-analyzer.js';
import { loadProfiles } from '../../src/analysis/profiles/index.js';
import { valueSubject } from '../../src/contracts/avro-codec.js';
import { callAnalyticsSchema, type CallAnalytics } from '../../src/contracts/call-analytics.js';
import { DLQ_HEADER } from '../../src/pipeline/dead-letter.js';
import { producerDefaults } from '../../src/pipeline/kafka.js';
import { waitForCatchUp } from '../../src/pipeline/lag.js';
import { startPipeline } from '../../src/pipeline/start-pipeline.js';
import type { Worker } from '../../src/pipeline/worker.js';
import { readAllLatest } from '../../src/warehouse/latest-state.js';
import { leaderboard } from '../../src/warehouse/queries.js';
import { rewindGroup } from '../../src/pipeline/replay.js';
import { simulateCalls } from '../../src/simulate/index.js';
import { createHarness, type Harness } from '../support/pipeline-harness.js';
import { readTopic } from '../support/read-topic.js';

describe('analyzer and sink on the real broker, registry and ClickHouse', () => {
  let h: Harness;
  let pipeline: Worker;
  const calls = simulateCalls({ count: 40, seed: 11, now: Date.now() });
  const notAvro = Buffer.from('{"callId":"json-not-avro"}');
  const unknownSchema = Buffer.concat([Buffer.from([0, 0x7f, 0xff, 0xff, 0xf0]), Buffer.from('body')]);
  let invalidCall: Buffer;
  let analytics: CallAnalytics[];

  const analyzerGroup = () => `${h.topics.completed}-analyzer`;

  async function runUntilCaughtUp() {
    pipeline = await startPipeline({
      kafka: h.kafka, codec: h.codec, topics: h.topics, logger: h.logger,
      analyzerGroup: analyzerGroup(), sinkGroup: `${h.topics.analytics}-sink`,
      analyzer: { impl: new LocalAnalyzer(), concurrency: 4, profiles: loadProfiles(), piiPolicy: 'mask' }, warehouse: h.warehouse,
    });
    await waitForCatchUp(h.kafka, analyzerGroup(), h.topics.completed, 90_000);
    await waitForCatchUp(h.kafka, `${h.topics.analytics}-sink`, h.topics.analytics, 90_000);
  }

  beforeAll(async () => {
    h = await createHarness('analyzer');
    // Valid Avro, but the call ends before it starts: only the zod contract catches it.
    invalidCall = await h.codec.encode(valueSubject(h.topics.completed), { ...calls[0]!, callId: 'ends-before-start', endedAt: calls[0]!.startedAt - 1 });
    const producer = h.kafka.producer(producerDefaults);
    await producer.connect();
    const good = await Promise.all(calls.map(async (c) => ({ key: c.callId, value: await h.codec.encode(valueSubject(h.topics.completed), c) })));
    await producer.send({
      topic: h.topics.completed,
      messages: [
        ...good.slice(0, 20),
        { key: 'json-not-avro', value: notAvro, headers: { origin: 'legacy-system' } },
        { key: 'unknown-schema', value: unknownSchema },
        { key: 'ends-before-start', value: invalidCall },
        ...good.slice(20),
      ],
    });
    await producer.disconnect();
    await runUntilCaughtUp();
    const records = await readTopic(h.kafka, h.topics.analytics, calls.length);
    analytics = await Promise.all(records.map(async (m) => callAnalyticsSchema.parse(await h.codec.decode(m.value))));
  });

  afterAll(async () => {
    await pipeline?.stop();
    await h?.warehouse.close();
  });

  it('analyzes every good call once, keyed by callId, and the sink has one row per call', async () => {
    expect(new Set(analytics.map((a) => a.callId))).toEqual(new Set(calls.map((c) => c.callId)));
    const latest = await readAllLatest(h.warehouse);
    expect(latest.size).toBe(calls.length);
    for (const call of calls) expect(latest.get(call.callId)?.analytics.agentId).toBe(call.agentId);
  });

  it('sends each bad event to the DLQ with its reason, source position and original bytes', async () => {
    const letters = await readTopic(h.kafka, h.topics.completedDlq, 3);
    const byKey = new Map(letters.map((m) => [m.key!.toString(), m]));
    const header = (key: string, name: string) => byKey.get(key)!.headers![name]!.toString();
    expect(header('json-not-avro', DLQ_HEADER.reason)).toBe('not_wire_format');
    expect(header('unknown-schema', DLQ_HEADER.reason)).toBe('unknown_schema_id');
    expect(header('ends-before-start', DLQ_HEADER.reason)).toBe('invalid_call');
    expect(header('ends-before-start', DLQ_HEADER.detail)).toContain('endedAt');
    expect(byKey.get('json-not-avro')!.value).toEqual(notAvro);
    expect(byKey.get('unknown-schema')!.value).toEqual(unknownSchema);
    expect(byKey.get('ends-before-start')!.value).toEqual(invalidCall);
    expect(header('json-not-avro', 'origin')).toBe('legacy-system');
    expect(header('json-not-avro', DLQ_HEADER.topic)).toBe(h.topics.completed);
    expect(Number(header('json-not-avro', DLQ_HEADER.offset))).toBeGreaterThanOrEqual(0);
  });

  it('logs callIds and counts, never transcript text or phone numbers', () => {
    const logs = h.logLines.join('\n');
    expect(logs).toContain(calls[0]!.callId);
    for (const call of calls) {
      expect(logs).not.toContain(call.fromNumber);
      for (const turn of call.turns) if (turn.text.length >= 12) expect(logs).not.toContain(turn.text);
    }
  });

  it('publishes hot leads and escalations to their trigger topics', async () => {
    const hot = analytics.filter((a) => a.hotLead).map((a) => a.callId).sort();
    const escalated = analytics.filter((a) => a.escalated).map((a) => a.callId).sort();
    expect(escalated.length).toBeGreaterThan(0);
    const hotRecords = await readTopic(h.kafka, h.topics.hotLeads, hot.length);
    const escalationRecords = await readTopic(h.kafka, h.topics.escalations, escalated.length);
    expect(hotRecords.map((m) => m.key!.toString()).sort()).toEqual(hot);
    expect(escalationRecords.map((m) => m.key!.toString()).sort()).toEqual(escalated);
  });

  it('re-analyzes every call after the analyzer group is rewound, and the views still count each call once', async () => {
    const before = await readAllLatest(h.warehouse);
    await pipeline.stop();
    await rewindGroup(h.kafka, analyzerGroup(), h.topics.completed);
    await runUntilCaughtUp();
    expect(await readTopic(h.kafka, h.topics.analytics, 2 * calls.length)).toHaveLength(2 * calls.length);
    const after = await readAllLatest(h.warehouse);
    expect(after.size).toBe(calls.length);
    for (const [callId, v] of after) expect(v.analytics.analyzedAt).toBeGreaterThan(before.get(callId)!.analytics.analyzedAt);
    const board = await leaderboard(h.warehouse, { since: 0 });
    expect(board.reduce((n, r) => n + r.calls, 0)).toBe(calls.length);
  });
});
