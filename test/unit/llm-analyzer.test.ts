import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/contracts/call-analytics.js';
import type { CallCompleted } from '../../src/contracts/call-completed.js';
import { AnalysisError } from '../../src/analysis/llm/analysis-error.js';
import { LlmAnalyzer, type LlmAnalyzerConfig } from '../../src/analysis/llm/llm-analyzer.js';
import { sentimentBand as sentimentForScore } from '../../src/contracts/call-analytics.js';
import { apiError, completion, startStubOpenAiServer, type StubOpenAiServer } from '../support/stub-openai-server.js';

const call: CallCompleted = {
  callId: 'call-1',
  agentId: 'agent-1',
  vertical: 'dental',
  language: 'en',
  startedAt: 1_700_000_000_000,
  endedAt: 1_700_000_060_000,
  fromNumber: '+15550100',
  toNumber: '+15550199',
  turns: [
    { role: 'agent', text: 'Bright Smile Dental, how can I help?', startMs: 0, endMs: 2_000 },
    { role: 'customer', text: 'I would like to book a cleaning\nnext Tuesday.', startMs: 2_500, endMs: 6_000 },
  ],
  metadata: {},
};
const transcriptWords = ['Bright Smile', 'cleaning', 'Tuesday'];

const analysis: Analysis = {
  sentiment: 'positive',
  sentimentScore: 0.6,
  intent: 'booking',
  leadScore: 80,
  hotLead: true,
  satisfaction: 5,
  escalated: false,
  escalationReason: null,
  summary: 'The customer booked a routine cleaning.',
  nextAction: 'Send an appointment confirmation.',
  tags: ['booking', 'cleaning'],
  intentDetail: 'appointment_new',
  categories: [],
  entities: [{ type: 'date', value: 'next Tuesday' }],
  extras: { appointmentTime: 'next Tuesday', urgency: null },
};
/** The model sends extras as a list (strict structured output has no open-ended objects). */
const modelAnswer = { ...analysis, extras: [{ name: 'appointmentTime', value: 'next Tuesday' }, { name: 'urgency', value: null }] };
const validAnswer = JSON.stringify(modelAnswer);
const outOfRangeAnswer = JSON.stringify({ ...modelAnswer, sentimentScore: 1.7 });

let stub: StubOpenAiServer;
beforeEach(async () => {
  stub = await startStubOpenAiServer();
});
afterEach(async () => {
  await stub.close();
});

function analyzerFor(overrides: Partial<LlmAnalyzerConfig> = {}): LlmAnalyzer {
  return new LlmAnalyzer({
    baseURL: stub.baseURL,
    apiKey: 'test-key',
    timeoutMs: 2_000,
    maxRetries: 2,
    deadlineMs: 3_000,
    pricing: { inputPerMTok: 0.15, outputPerMTok: 0.6 },
    ...overrides,
  });
}

async function analysisFailure(promise: Promise<unknown>): Promise<AnalysisError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AnalysisError);
  return error as AnalysisError;
}

function lastMessages(requestIndex: number, count: number) {
  return stub.requests[requestIndex]?.body.messages.slice(-count) ?? [];
}

describe('LlmAnalyzer request', () => {
  it('asks for strict json_schema output at temperature 0, with the labels and the transcript', async () => {
    stub.script(completion(validAnswer));
    await analyzerFor({ promptAdditions: 'hotLead needs leadScore of at least 80.' }).analyze(call);

    const request = stub.requests[0];
    expect(request?.headers.authorization).toBe('Bearer test-key');
    expect(request?.body).toMatchObject({
      model: 'gpt-4o-mini',
      temperature: 0,
      response_format: { type: 'json_schema', json_schema: { name: 'call_analysis', strict: true } },
    });
    const format = request?.body.response_format;
    const schema = format?.type === 'json_schema' ? format.json_schema.schema : undefined;
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false, required: Object.keys(analysis) });
    expect(schema).not.toHaveProperty('$schema');
    expect(schema).toHaveProperty('properties.escalationReason.type', ['string', 'null']);

    const [system, user] = request?.body.messages ?? [];
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('weighted toward how it ended');
    expect(system?.content).toContain('info | booking | complaint | sales | support');
    expect(system?.content).toContain('hotLead needs leadScore of at least 80.');
    expect(user?.content).toBe(
      'Vertical: dental\nLanguage: en\nTranscript:\n'
        + 'agent: Bright Smile Dental, how can I help?\n'
        + 'customer: I would like to book a cleaning next Tuesday.',
    );
  });
});

describe('LlmAnalyzer answers', () => {
  it('returns the analysis with its tokens, latency and cost', async () => {
    stub.script(completion(validAnswer, { promptTokens: 1_200, completionTokens: 300 }));
    const { analysis: result, usage } = await analyzerFor().analyzeWithUsage(call);

    expect(result).toEqual(analysis);
    expect(usage).toMatchObject({ promptTokens: 1_200, completionTokens: 300, attempts: 1 });
    expect(usage.estimatedCostUsd).toBeCloseTo((1_200 * 0.15 + 300 * 0.6) / 1_000_000, 12);
    expect(usage.latencyMs).toBeGreaterThan(0);
  });

  it('reports no cost when no pricing is configured', async () => {
    stub.script(completion(validAnswer));
    const { usage } = await analyzerFor({ pricing: undefined }).analyzeWithUsage(call);
    expect(usage.estimatedCostUsd).toBeNull();
  });

  it('repairs invalid JSON once, showing the model its answer and the problem', async () => {
    stub.script(
      completion('{"sentiment": "positive",', { promptTokens: 1_000, completionTokens: 10 }),
      completion(validAnswer, { promptTokens: 1_100, completionTokens: 200 }),
    );
    const { analysis: result, usage } = await analyzerFor().analyzeWithUsage(call);

    expect(result).toEqual(analysis);
    expect(usage).toMatchObject({ promptTokens: 2_100, completionTokens: 210, attempts: 2 });
    const [rejected, correction] = lastMessages(1, 2);
    expect(rejected).toEqual({ role: 'assistant', content: '{"sentiment": "positive",' });
    expect(correction?.role).toBe('user');
    expect(correction?.content).toContain('not valid JSON');
    expect(stub.requests[1]?.body.messages.slice(0, 2)).toEqual(stub.requests[0]?.body.messages);
  });

  it('repairs an out-of-range score, naming the field and the rule', async () => {
    stub.script(completion(outOfRangeAnswer), completion(validAnswer));
    await analyzerFor().analyze(call);

    const [rejected, correction] = lastMessages(1, 2);
    expect(rejected?.content).toBe(outOfRangeAnswer);
    expect(correction?.content).toMatch(/sentimentScore: .*<=1/);
  });

  it('repairs a truncated answer', async () => {
    stub.script(completion(validAnswer.slice(0, 40), { finishReason: 'length' }), completion(validAnswer));
    await analyzerFor().analyze(call);
    expect(lastMessages(1, 1)[0]?.content).toContain('truncated');
  });

  it('repairs a sentiment that disagrees with its score', async () => {
    stub.script(completion(JSON.stringify({ ...modelAnswer, sentimentScore: 0.1 })), completion(validAnswer));
    await analyzerFor().analyze(call);
    expect(lastMessages(1, 1)[0]?.content).toContain('sentiment: must be "neutral" for sentimentScore 0.1');
  });

  it('fails with llm_invalid_output when the repair is invalid too, without quoting the call', async () => {
    stub.script(completion('not json'), completion(outOfRangeAnswer, { promptTokens: 50, completionTokens: 5 }));
    const error = await analysisFailure(analyzerFor().analyze(call));

    expect(error.reason).toBe('llm_invalid_output');
    expect(error.message).toMatch(/sentimentScore: .*<=1/);
    for (const words of transcriptWords) expect(error.message).not.toContain(words);
    expect(error.usage).toMatchObject({ promptTokens: 150, completionTokens: 25, attempts: 2 });
    expect(stub.requests).toHaveLength(2);
  });

  it('fails with llm_refused without a repair when the model refuses', async () => {
    stub.script(completion(null, { refusal: 'I cannot help with Bright Smile Dental.' }));
    const error = await analysisFailure(analyzerFor().analyze(call));

    expect(error.reason).toBe('llm_refused');
    expect(error.message).not.toContain('Bright Smile');
    expect(stub.requests).toHaveLength(1);
  });
});

describe('LlmAnalyzer transport', () => {
  it('succeeds through SDK retries after a 429', async () => {
    stub.script(apiError(429, { 'retry-after-ms': '10' }), completion(validAnswer));
    const { analysis: result, usage } = await analyzerFor().analyzeWithUsage(call);

    expect(result).toEqual(analysis);
    expect(usage.attempts).toBe(1);
    expect(stub.requests).toHaveLength(2);
  });

  it('fails with llm_http_error once the SDK retries for a 500 are used up', async () => {
    stub.script(apiError(500, { 'retry-after-ms': '10' }), apiError(500, { 'retry-after-ms': '10' }));
    const error = await analysisFailure(analyzerFor({ maxRetries: 1 }).analyze(call));

    expect(error.reason).toBe('llm_http_error');
    expect(error.message).toContain('HTTP 500');
    expect(stub.requests).toHaveLength(2);
  });

  it('fails with llm_timeout when every request outlasts timeoutMs', async () => {
    stub.script(completion(validAnswer, { delayMs: 2_000 }));
    const error = await analysisFailure(analyzerFor({ timeoutMs: 100, maxRetries: 0 }).analyze(call));
    expect(error.reason).toBe('llm_timeout');
  });

  it('fails with llm_deadline when the answer is slower than deadlineMs', async () => {
    stub.script(completion(validAnswer, { delayMs: 2_000 }));
    const startedAt = performance.now();
    const error = await analysisFailure(analyzerFor({ deadlineMs: 200 }).analyze(call));
    const elapsedMs = performance.now() - startedAt;

    expect(error.reason).toBe('llm_deadline');
    expect(elapsedMs).toBeGreaterThanOrEqual(150);
    expect(elapsedMs).toBeLessThan(1_000);
  });

  it('keeps the deadline while the SDK waits out a long retry-after', async () => {
    stub.script(apiError(429, { 'retry-after-ms': '1500' }));
    const startedAt = performance.now();
    const error = await analysisFailure(analyzerFor({ deadlineMs: 200 }).analyze(call));

    expect(error.reason).toBe('llm_deadline');
    expect(performance.now() - startedAt).toBeLessThan(1_000);
  });
});

describe('sentimentForScore', () => {
  it('puts the band edges in neutral', () => {
    expect([-0.26, -0.25, 0.25, 0.26].map(sentimentForScore)).toEqual(['negative', 'neutral', 'neutral', 'positive']);
  });
});
