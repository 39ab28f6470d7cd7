import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LlmAnalyzer } from '../../src/analysis/llm/llm-analyzer.js';
import { loadProfiles } from '../../src/analysis/profiles/index.js';
import { valueSubject } from '../../src/contracts/avro-codec.js';
import { callAnalyticsSchema, type CallAnalytics } from '../../src/contracts/call-analytics.js';
import { DLQ_HEADER } from '../../src/pipeline/dead-letter.js';
import { producerDefaults } from '../../src/pipeline/kafka.js';
import { waitForCatchUp } from '../../src/pipeline/lag.js';
import { startPipeline } from '../../src/pipeline/start-pipeline.js';
import type { Worker } from '../../src/pipeline/worker.js';
import { simulateCalls } from '../../src/simulate/index.js';
import { readAllLatest } from '../../src/warehouse/latest-state.js';
import { createHarness, type Harness } from '../support/pipeline-harness.js';
import { readTopic } from '../support/read-topic.js';
import { completion, startStubOpenAiServer, type StubOpenAiServer } from '../support/stub-openai-server.js';

const POISON = 'the-model-cannot-answer-this-call';

const modelAnswer = {
  sentiment: 'positive', sentimentScore: 0.6, intent: 'booking', leadScore: 90, hotLead: false, satisfaction: 5,
  escalated: false, escalationReason: null, summary: 'The customer booked a visit.', nextAction: 'Confirm the booking.', tags: ['booking'],
  intentDetail: 'not_a_sub_intent', categories: [], entities: [], extras: [],
};

describe('the LLM analyzer in the pipeline, against a stub OpenAI-compatible server', () => {
  let h: Harness;
  let stub: StubOpenAiServer;
  let pipeline: Worker;
  const calls = simulateCalls({ count: 6, seed: 5, now: Date.now() });
  const poisoned = { ...calls[0]!, callId: 'poisoned-call', turns: [...calls[0]!.turns, { role: 'customer' as const, text: POISON, startMs: 900_000, endMs: 901_000 }] };
  let analytics: CallAnalytics[];

  beforeAll(async () => {
    h = await createHarness('llm');
    stub = await startStubOpenAiServer();
    // The poisoned call gets an invalid answer every time: one repair, then the DLQ.
    stub.respondWith((req) => completion(JSON.stringify(req.body.messages).includes(POISON) ? '{"sentiment": "ecstatic"' : JSON.stringify(modelAnswer)));
    const producer = h.kafka.producer(producerDefaults);
    await producer.connect();
    const messages = await Promise.all([...calls, poisoned].map(async (c) => ({ key: c.callId, value: await h.codec.encode(valueSubject(h.topics.completed), c) })));
    await producer.send({ topic: h.topics.completed, messages });
    await producer.disconnect();
    const profiles = loadProfiles();
    pipeline = await startPipeline({
      kafka: h.kafka, codec: h.codec, topics: h.topics, logger: h.logger,
      analyzerGroup: `${h.topics.completed}-llm`, sinkGroup: `${h.topics.analytics}-sink`,
      analyzer: { impl: new LlmAnalyzer({ apiKey: 'test', baseURL: stub.baseURL, maxRetries: 0, profiles, pricing: { inputPerMTok: 0.15, outputPerMTok: 0.6 } }), concurrency: 4, profiles, piiPolicy: 'mask' },
      warehouse: h.warehouse,
    });
    await waitForCatchUp(h.kafka, `${h.topics.completed}-llm`, h.topics.completed, 90_000);
    await waitForCatchUp(h.kafka, `${h.topics.analytics}-sink`, h.topics.analytics, 90_000);
    const records = await readTopic(h.kafka, h.topics.analytics, calls.length);
    analytics = await Promise.all(records.map(async (m) => callAnalyticsSchema.parse(await h.codec.decode(m.value))));
  });

  afterAll(async () => {
    await pipeline?.stop();
    await stub?.close();
    await h?.warehouse.close();
  });

  it('puts token usage, latency and cost on every analytics event', () => {
    expect(analytics.map((a) => a.callId).sort()).toEqual(calls.map((c) => c.callId).sort());
    for (const a of analytics) {
      expect(a.analyzerName).toBe('llm');
      expect(a.usage).toMatchObject({ promptTokens: 100, completionTokens: 20, attempts: 1 });
      expect(a.usage!.estimatedCostUsd).toBeCloseTo((100 * 0.15 + 20 * 0.6) / 1e6, 12);
    }
  });

  it("holds the model's answer to the vertical's profile", () => {
    for (const a of analytics) {
      expect(a.intentDetail).toBeNull();
      const threshold = loadProfiles().get(a.vertical).profile.leadRules.hotLeadThreshold;
      expect(a.hotLead).toBe(90 >= threshold);
    }
  });

  it('sends a call the model cannot answer, after one repair, to the DLQ with the reason, and goes on', async () => {
    const [letter] = await readTopic(h.kafka, h.topics.completedDlq, 1);
    expect(letter!.key!.toString()).toBe('poisoned-call');
    expect(letter!.headers![DLQ_HEADER.reason]!.toString()).toBe('llm_invalid_output');
    const poisonedRequests = stub.requests.filter((r) => JSON.stringify(r.body.messages).includes(POISON));
    expect(poisonedRequests).toHaveLength(2);
    expect((await readAllLatest(h.warehouse)).size).toBe(calls.length);
  });

  it('never sends PII or phone numbers to the model', () => {
    const sent = JSON.stringify(stub.requests.map((r) => r.body.messages));
    for (const c of calls) {
      expect(sent).not.toContain(c.fromNumber);
      expect(sent).not.toContain(c.toNumber);
    }
  });
});
