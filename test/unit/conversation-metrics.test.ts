import { describe, expect, it } from 'vitest';
import { conversationMetrics, type ConversationMetrics } from '../../src/analysis/metrics/conversation-metrics.js';
import { conversationMetricsSchema } from '../../src/contracts/conversation-metrics.js';
import type { Turn } from '../../src/contracts/call-completed.js';

const agent = (startMs: number, endMs: number, text = ''): Turn => ({ role: 'agent', text, startMs, endMs });
const customer = (startMs: number, endMs: number, text = ''): Turn => ({ role: 'customer', text, startMs, endMs });
const neutral = (): number => 0;

function measured(turns: readonly Turn[], sentimentOf: (text: string) => number = neutral): ConversationMetrics {
  const metrics = conversationMetrics(turns, sentimentOf);
  if (metrics === null) throw new Error('expected metrics, got null');
  return metrics;
}

describe('conversationMetrics without usable timings', () => {
  it('is null for a call without turns', () => {
    expect(conversationMetrics([], neutral)).toBeNull();
  });

  it('is null when every turn has zero length, as in a transcript without timings', () => {
    expect(conversationMetrics([agent(0, 0, 'Hello'), customer(0, 0, 'Hi')], neutral)).toBeNull();
  });
});

describe('talk time and silence', () => {
  it('counts silence between turns but not before the first turn or after the last', () => {
    expect(measured([agent(1000, 4000), customer(5000, 9000), agent(9500, 12000)])).toMatchObject({
      durationMs: 11_000,
      agentTalkMs: 5500,
      customerTalkMs: 4000,
      talkRatioAgent: 0.579, // 5500 / 9500
      silenceMs: 1500,
      overlapMs: 0,
    });
  });

  it('counts a party once while its own turns overlap', () => {
    const turns = [agent(0, 6000), agent(2000, 8000), agent(2500, 3000), customer(10_000, 12_000)];
    expect(measured(turns)).toMatchObject({
      durationMs: 12_000,
      agentTalkMs: 8000,
      customerTalkMs: 2000,
      talkRatioAgent: 0.8,
      silenceMs: 2000,
      overlapMs: 0,
      interruptions: 0,
    });
  });

  it('describes a call where only the agent speaks', () => {
    expect(measured([agent(0, 30_000, 'one two three'), agent(32_000, 60_000, 'four five')])).toEqual({
      durationMs: 60_000,
      agentTalkMs: 58_000,
      customerTalkMs: 0,
      talkRatioAgent: 1,
      silenceMs: 2000,
      overlapMs: 0,
      agentInterruptions: 0,
      customerInterruptions: 0,
      interruptions: 0,
      agentResponseLatencyMs: null,
      agentResponseLatencyP90Ms: null,
      agentWpm: 5.2, // 5 words in 58 s
      customerWpm: null,
      sentimentByQuarter: [null, null, null, null],
      sentimentShift: null,
    });
  });

  it('gives a talk ratio of 0 when only the customer speaks', () => {
    expect(measured([customer(0, 1000, 'hallo')])).toMatchObject({ talkRatioAgent: 0, agentWpm: null, customerWpm: 60 });
  });
});

describe('interruptions and overlap', () => {
  it('counts an interruption by each party and the time they talk over each other', () => {
    // The customer cuts in at 4000 while the agent talks until 5000; the agent cuts in at 6500 while the customer talks until 7000.
    expect(measured([agent(0, 5000), customer(4000, 7000), agent(6500, 9000)])).toMatchObject({
      durationMs: 9000,
      agentTalkMs: 7500,
      customerTalkMs: 3000,
      overlapMs: 1500,
      silenceMs: 0,
      agentInterruptions: 1,
      customerInterruptions: 1,
      interruptions: 2,
    });
  });

  it('does not count a clean hand-over, a simultaneous start or a party talking over itself', () => {
    const turns = [agent(0, 1000), customer(1000, 2000), agent(3000, 4000), customer(3000, 3500), customer(5000, 6000), customer(5500, 6500)];
    expect(measured(turns)).toMatchObject({
      durationMs: 6500,
      agentTalkMs: 2000,
      customerTalkMs: 3000,
      overlapMs: 500,
      silenceMs: 2000,
      interruptions: 0,
    });
  });
});

describe('agent response latency', () => {
  it('takes the median and 90th percentile of the customer-to-agent hand-overs', () => {
    const turns = [
      customer(0, 1000), agent(1300, 2000), // 300
      customer(2000, 3000), agent(3100, 4000), // 100
      customer(4000, 5000), agent(6000, 7000), // 1000
      customer(7000, 8000), agent(8400, 9000), // 400
      customer(9000, 10_000), agent(10_200, 11_000), // 200
    ];
    // Sorted 100 200 300 400 1000: rank 0.9 × 4 = 3.6 lies 60% of the way from 400 to 1000.
    expect(measured(turns)).toMatchObject({ agentResponseLatencyMs: 300, agentResponseLatencyP90Ms: 760 });
  });

  it('takes the middle of the two central waits for an even count', () => {
    const turns = [customer(0, 1000), agent(1100, 2000), customer(2000, 3000), agent(3300, 4000)];
    expect(measured(turns)).toMatchObject({ agentResponseLatencyMs: 200, agentResponseLatencyP90Ms: 280 });
  });

  it("waits from the end of the customer's whole run of turns", () => {
    expect(measured([customer(0, 1000), customer(1200, 3000), agent(3400, 4000)])).toMatchObject({
      agentResponseLatencyMs: 400,
      agentResponseLatencyP90Ms: 400,
    });
  });

  it('counts an agent starting over a customer turn that is still running as 0', () => {
    expect(measured([customer(0, 5000), customer(1000, 2000), agent(3000, 4000)])).toMatchObject({
      agentResponseLatencyMs: 0,
      agentResponseLatencyP90Ms: 0,
      agentInterruptions: 1,
    });
  });

  it('is null when the agent never answers after the customer', () => {
    const customerCutsInAndHasTheLastWord = [agent(0, 5000), customer(1000, 2000), customer(6000, 7000)];
    expect(measured(customerCutsInAndHasTheLastWord)).toMatchObject({ agentResponseLatencyMs: null, agentResponseLatencyP90Ms: null });
  });
});

describe('words per minute', () => {
  it.each([
    ['de/fr', 'Grüß Gott, ça va très bien', 6],
    ['es', '¿Qué tal? Muy bien, gracias.', 5],
    ['fr', "C'est l'heure — peut-être demain.", 4],
    ['pt', 'Não, obrigado. Até amanhã!', 4],
    ['it', 'Perché no? Così è la vita.', 6],
    ['nl', 'Het gaat goed, dank je wel!', 6],
    ['de', 'Die Straßenbahn «Linie 5» fährt um 10 Uhr', 8],
    ['decomposed accents', 'ça va très bien'.normalize('NFD'), 4],
    ['silence', '', 0],
  ])('counts %s words: %s', (_language, text, words) => {
    expect(measured([customer(0, 60_000, text)]).customerWpm).toBe(words);
  });

  it("divides by a party's talk time, not by the sum of its overlapping turns", () => {
    // Six words over the union 0..45 s, i.e. three quarters of a minute.
    expect(measured([agent(0, 30_000, 'eins zwei drei'), agent(15_000, 45_000, 'vier fünf sechs')]).agentWpm).toBe(8);
  });

  it('ignores the words of turns without timings', () => {
    expect(measured([customer(0, 0, 'lots of words here'), agent(0, 60_000, 'hallo')])).toMatchObject({ agentWpm: 1, customerWpm: null });
  });
});

describe('customer sentiment by quarter', () => {
  const sentimentFromText = (text: string): number => Number(text);

  it('averages customer turns by the quarter holding their midpoint and leaves quarters without one empty', () => {
    const scoredTexts: string[] = [];
    const turns = [
      agent(0, 2000, '1'),
      customer(2000, 4000, '0.2'), // midpoint 3000: quarter 1
      customer(5000, 7000, '0.6'), // midpoint 6000: quarter 1
      agent(10_000, 15_000, '1'),
      customer(18_000, 24_000, '-0.4'), // starts in quarter 2, midpoint 21000: quarter 3
      customer(24_000, 28_000, '-0.2'), // midpoint 26000: quarter 3
      agent(28_000, 40_000, '1'),
    ];
    const metrics = measured(turns, (text) => {
      scoredTexts.push(text);
      return sentimentFromText(text);
    });
    expect(metrics.sentimentByQuarter).toEqual([0.4, null, -0.3, null]);
    expect(metrics.sentimentShift).toBe(-0.7);
    expect(scoredTexts).toEqual(['0.2', '0.6', '-0.4', '-0.2']);
  });

  it('divides the call from its first turn, and has no shift with a single known quarter', () => {
    const metrics = measured([customer(100_000, 102_000, '0.5'), agent(102_000, 140_000, '-1')], sentimentFromText);
    expect(metrics.sentimentByQuarter).toEqual([0.5, null, null, null]);
    expect(metrics.sentimentShift).toBeNull();
  });
});

describe('invariants over seeded random calls', () => {
  /** mulberry32: tiny, seedable, good enough to vary test inputs reproducibly. */
  function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
  }

  const vocabulary = ['ja', 'non', 'très', 'grüß', 'obrigado', 'così', "c'est", 'dank', '¿qué?', '42'];

  function randomTurns(random: () => number): Turn[] {
    const below = (n: number): number => Math.floor(random() * n);
    return Array.from({ length: below(13) }, () => {
      const startMs = below(2000);
      const lengthMs = random() < 0.15 ? 0 : 1 + below(600);
      const text = Array.from({ length: below(8) }, () => vocabulary[below(vocabulary.length)]).join(' ');
      return { role: random() < 0.5 ? 'agent' : 'customer', text, startMs, endMs: startMs + lengthMs };
    });
  }

  /** The time fields recomputed one millisecond at a time, as an independent check of the interval arithmetic. */
  function timeFieldsByMillisecond(turns: readonly Turn[]) {
    const timed = turns.filter((turn) => turn.endMs > turn.startMs);
    const talking = (role: Turn['role'], ms: number) => timed.some((turn) => turn.role === role && turn.startMs <= ms && ms < turn.endMs);
    const startMs = Math.min(...timed.map((turn) => turn.startMs));
    const endMs = Math.max(...timed.map((turn) => turn.endMs));
    const fields = { durationMs: endMs - startMs, agentTalkMs: 0, customerTalkMs: 0, silenceMs: 0, overlapMs: 0 };
    for (let ms = startMs; ms < endMs; ms++) {
      const agentTalks = talking('agent', ms);
      const customerTalks = talking('customer', ms);
      if (agentTalks) fields.agentTalkMs++;
      if (customerTalks) fields.customerTalkMs++;
      if (agentTalks && customerTalks) fields.overlapMs++;
      if (!agentTalks && !customerTalks) fields.silenceMs++;
    }
    return fields;
  }

  it('holds for 300 random calls', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const turns = randomTurns(seededRandom(seed));
      const metrics = conversationMetrics(turns, (text) => (text.length % 3) - 1);
      const context = `seed ${seed}: ${JSON.stringify(turns)}`;

      if (turns.every((turn) => turn.endMs === turn.startMs)) {
        expect(metrics, context).toBeNull();
        continue;
      }
      if (metrics === null) throw new Error(`unexpected null, ${context}`);

      expect(conversationMetricsSchema.safeParse(metrics).success, context).toBe(true);
      expect(metrics, context).toMatchObject(timeFieldsByMillisecond(turns));
      expect(metrics.agentTalkMs + metrics.customerTalkMs - metrics.overlapMs + metrics.silenceMs, context).toBe(metrics.durationMs);
      expect(metrics.talkRatioAgent, context).toBeGreaterThanOrEqual(0);
      expect(metrics.talkRatioAgent, context).toBeLessThanOrEqual(1);
      expect(metrics.interruptions, context).toBe(metrics.agentInterruptions + metrics.customerInterruptions);
      expect(metrics.interruptions, context).toBeLessThanOrEqual(turns.length);
      expect(metrics.agentInterruptions, context).toBeLessThanOrEqual(turns.filter((turn) => turn.role === 'agent').length);
      expect(metrics.customerInterruptions, context).toBeLessThanOrEqual(turns.filter((turn) => turn.role === 'customer').length);
      if (metrics.interruptions > 0) expect(metrics.overlapMs, context).toBeGreaterThan(0);
      expect(metrics.agentResponseLatencyMs === null, context).toBe(metrics.agentResponseLatencyP90Ms === null);
      expect(metrics.agentResponseLatencyMs ?? 0, context).toBeLessThanOrEqual(metrics.agentResponseLatencyP90Ms ?? 0);
      expect(metrics.agentResponseLatencyP90Ms ?? 0, context).toBeLessThanOrEqual(metrics.durationMs);
      expect(metrics.agentWpm === null, context).toBe(metrics.agentTalkMs === 0);
      expect(metrics.customerWpm === null, context).toBe(metrics.customerTalkMs === 0);
      const knownQuarters = metrics.sentimentByQuarter.filter((sentiment) => sentiment !== null);
      expect(knownQuarters.length > 0, context).toBe(metrics.customerTalkMs > 0);
      expect(metrics.sentimentShift === null, context).toBe(knownQuarters.length < 2);
    }
  });
});
