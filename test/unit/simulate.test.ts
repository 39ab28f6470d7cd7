import { describe, expect, it } from 'vitest';
import { intents, type Intent } from '../../src/contracts/call-analytics.js';
import { callCompletedSchema, type CallCompleted } from '../../src/contracts/call-completed.js';
import { hireAgents, type Agent } from '../../src/simulate/agents.js';
import { drawDetails } from '../../src/simulate/details.js';
import { languages, simulateCalls, simulateCallStream, verticals, type SimulationOptions } from '../../src/simulate/index.js';
import { phraseBanks } from '../../src/simulate/phrases/index.js';
import { fill, slotNames, type Slots } from '../../src/simulate/phrases/phrase-bank.js';
import { createRandom } from '../../src/simulate/random.js';
import { drawScenario, escalationKinds, leadQualities, toneArcs, type Scenario, type ToneArc } from '../../src/simulate/scenario.js';
import { writeScript } from '../../src/simulate/script.js';
import { spokenDigits, spokenEmail } from '../../src/simulate/spoken.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const now = Date.UTC(2025, 2, 14, 12, 0, 0);
const options = (overrides: Partial<SimulationOptions> = {}): SimulationOptions => ({ count: 2000, seed: 42, now, ...overrides });

// One shared run: generating it is the slow part of this file.
const calls = simulateCalls(options());

const share = (part: number, whole: number): number => part / whole;
const durationMinutes = (call: CallCompleted): number => (call.endedAt - call.startedAt) / 60_000;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()];
}

describe('reproducibility', () => {
  it('gives deep-equal calls for the same options', () => {
    expect(simulateCalls(options())).toEqual(calls);
  });

  it('gives different calls for a different seed', () => {
    const other = simulateCalls(options({ seed: 43, count: 200 }));
    const texts = (run: CallCompleted[]) => new Set(run.map((call) => call.turns.map((turn) => turn.text).join('\n')));
    expect(other.map((call) => call.callId)).not.toEqual(calls.slice(0, 200).map((call) => call.callId));
    expect([...texts(other)].filter((text) => texts(calls.slice(0, 200)).has(text))).toEqual([]);
  });

  it('keeps a call id for the same seed and index, whatever the count', () => {
    const fewer = simulateCalls(options({ count: 50 }));
    expect(fewer.map((call) => call.callId)).toEqual(calls.slice(0, 50).map((call) => call.callId));
    expect(fewer.map((call) => call.turns)).toEqual(calls.slice(0, 50).map((call) => call.turns));
  });

  it('gives every call a UUID-shaped id of its own', () => {
    const ids = simulateCalls(options({ count: 10_000 })).map((call) => call.callId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('simulateCallStream', () => {
  it('yields the calls of simulateCalls, in order', () => {
    expect([...simulateCallStream(options())]).toEqual(calls);
  });

  it('makes calls only as they are asked for', () => {
    const stream = simulateCallStream(options({ count: 1_000_000_000 }));
    const first = [stream.next().value, stream.next().value];
    expect(first.map((call) => callCompletedSchema.safeParse(call).success)).toEqual([true, true]);
  });

  it('rejects options it cannot honour at once, not at the first call', () => {
    expect(() => simulateCallStream(options({ count: -1 }))).toThrow(RangeError);
    expect(() => simulateCallStream(options({ count: 1.5 }))).toThrow(RangeError);
    expect(() => simulateCallStream(options({ agents: 0 }))).toThrow(RangeError);
    expect(() => simulateCalls(options({ seed: Number.NaN }))).toThrow(RangeError);
  });
});

describe('every call', () => {
  it('passes callCompletedSchema', () => {
    const failures = calls.map((call) => callCompletedSchema.safeParse(call)).filter((result) => !result.success);
    expect(failures).toEqual([]);
  });

  it('comes from agent-01 … agent-12 by default, and from the team asked for otherwise', () => {
    expect(new Set(calls.map((call) => call.agentId))).toEqual(new Set(Array.from({ length: 12 }, (_, i) => `agent-${String(i + 1).padStart(2, '0')}`)));
    expect(new Set(simulateCalls(options({ count: 300, agents: 3 })).map((call) => call.agentId))).toEqual(new Set(['agent-01', 'agent-02', 'agent-03']));
  });

  it('ends within the 24 hours before now, in the order of the stream', () => {
    const ends = calls.map((call) => call.endedAt);
    expect(Math.max(...ends)).toBeLessThanOrEqual(now);
    expect(Math.min(...ends)).toBeGreaterThanOrEqual(now - DAY_MS);
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
  });

  it('has fake E.164 numbers and string metadata with a campaign and a queue', () => {
    for (const call of calls) {
      expect(call.fromNumber).toMatch(/^\+1555\d{7}$/);
      expect(call.toNumber).toMatch(/^\+1555\d{7}$/);
      expect(Object.keys(call.metadata).sort()).toEqual(['campaign', 'queue']);
      expect(call.metadata.queue).toBe(`${call.vertical}.${call.language}`);
    }
  });

  it('has 12 to 40 turns whose timings agree with each other and with startedAt and endedAt', () => {
    const problems = calls.flatMap(({ callId, turns, startedAt, endedAt }) => {
      let latestEndMs = 0;
      const turnProblems = turns.flatMap((turn, i) => {
        // A turn follows the latest end so far after a 0.2–2 s pause, or cuts into it.
        const gapMs = turn.startMs - latestEndMs;
        latestEndMs = Math.max(latestEndMs, turn.endMs);
        return [
          turn.endMs <= turn.startMs && `turn ${i} has no length`,
          turn.startMs < (turns[i - 1]?.startMs ?? 0) && `turn ${i} starts before the turn above it`,
          i > 0 && gapMs > 2000 && `turn ${i} follows a ${gapMs} ms pause`,
          i > 0 && gapMs >= 0 && gapMs < 200 && `turn ${i} follows a ${gapMs} ms pause`,
        ];
      });
      return [
        (turns.length < 12 || turns.length > 40) && `${turns.length} turns`,
        latestEndMs >= endedAt - startedAt && 'talk goes on after endedAt',
        ...turnProblems,
      ].flatMap((problem) => (problem ? [`${callId}: ${problem}`] : []));
    });
    expect(problems).toEqual([]);
  });

  it('is timed at a plausible speaking rate', () => {
    const rates = calls.flatMap((call) => call.turns).map((turn) => turn.text.split(' ').length / ((turn.endMs - turn.startMs) / 1000));
    expect(Math.min(...rates)).toBeGreaterThan(1);
    expect(Math.max(...rates)).toBeLessThan(3.5);
  });
});

describe('the run as a whole', () => {
  it('covers every vertical and language, with English about half', () => {
    expect(new Set(calls.map((call) => call.vertical))).toEqual(new Set(verticals));
    expect(new Set(calls.map((call) => call.language))).toEqual(new Set(languages));
    const english = share(calls.filter((call) => call.language === 'en').length, calls.length);
    expect(english).toBeGreaterThan(0.35);
    expect(english).toBeLessThan(0.65);
  });

  it('lasts about five minutes a call, mostly between two and nine', () => {
    const minutes = calls.map(durationMinutes).sort((a, b) => a - b);
    expect(share(minutes.filter((m) => m >= 2 && m <= 9).length, minutes.length)).toBeGreaterThan(0.9);
    const median = minutes[Math.floor(minutes.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(3.5);
    expect(median).toBeLessThan(6.5);
  });

  it('mostly alternates between agent and customer, with some interruptions and some runs of one party', () => {
    const pairs = calls.flatMap((call) => call.turns.slice(1).map((turn, i) => [call.turns[i], turn] as const));
    expect(share(pairs.filter(([before, after]) => before?.role !== after.role).length, pairs.length)).toBeGreaterThan(0.8);
    const overlapping = calls.filter((call) => call.turns.some((turn, i) => i > 0 && turn.startMs < (call.turns[i - 1]?.endMs ?? 0)));
    const samePartyRuns = calls.filter((call) => call.turns.some((turn, i) => i > 0 && turn.role === call.turns[i - 1]?.role));
    expect(share(overlapping.length, calls.length)).toBeGreaterThan(0.1);
    expect(share(samePartyRuns.length, calls.length)).toBeGreaterThan(0.1);
  });

  it('has callers read out phone numbers and e-mail addresses, spelled out as spoken', () => {
    const english = calls.filter((call) => call.language === 'en');
    const customerText = (call: CallCompleted) => call.turns.filter((turn) => turn.role === 'customer').map((turn) => turn.text).join(' ');
    const spokenPhone = /\b(zero|one|two|three|four|five|six|seven|eight|nine)( (zero|one|two|three|four|five|six|seven|eight|nine)){2}, /;
    const spokenMail = /\b[a-z]+ dot [a-z]+ at [a-z]+ dot com\b/;
    expect(english.filter((call) => spokenPhone.test(customerText(call))).length).toBeGreaterThan(english.length / 5);
    expect(english.filter((call) => spokenMail.test(customerText(call))).length).toBeGreaterThan(english.length / 10);
    expect(calls.some((call) => call.turns.some((turn) => turn.text.includes('@')))).toBe(false);
  });

  it('shows agents that differ: each mostly serves a home vertical, and some escalate far more than others', () => {
    const byAgent = groupBy(calls, (call) => call.agentId);
    const escalationLines = Object.values(phraseBanks).flatMap((bank) => Object.values(bank.agent.escalate).flat());
    const escalationRates = byAgent.map((agentCalls) => {
      const escalated = agentCalls.filter((call) => call.turns.some((turn) => escalationLines.some((line) => turn.text.includes(line))));
      return share(escalated.length, agentCalls.length);
    });
    expect(Math.max(...escalationRates) - Math.min(...escalationRates)).toBeGreaterThan(0.08);
    for (const agentCalls of byAgent) {
      const verticalCounts = groupBy(agentCalls, (call) => call.vertical).map((group) => group.length);
      expect(share(Math.max(...verticalCounts), agentCalls.length)).toBeGreaterThan(0.6);
    }
  });
});

const agentWithSkill = (skill: number): Agent => ({ ...firstAgent(), skill });

function firstAgent(): Agent {
  const [agent] = hireAgents(1, createRandom(1));
  if (agent === undefined) throw new Error('no agent hired');
  return agent;
}

function scenarios(agent: Agent, count: number, seed = 9): Scenario[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => drawScenario(agent, random));
}

describe('scenarios', () => {
  const drawn = hireAgents(12, createRandom(5)).flatMap((agent) => scenarios(agent, 200));

  it('cover every intent, tone arc, escalation and lead quality', () => {
    expect(new Set(drawn.map((s) => s.intent))).toEqual(new Set(intents));
    expect(new Set(drawn.map((s) => s.toneArc))).toEqual(new Set(toneArcs));
    expect(new Set(drawn.map((s) => s.escalation))).toEqual(new Set([...escalationKinds, null]));
    expect(new Set(drawn.map((s) => s.lead))).toEqual(new Set(leadQualities));
  });

  it('go better with a skilled agent: fewer escalations and lost causes, more hot leads', () => {
    const rate = (run: Scenario[], test: (s: Scenario) => boolean) => share(run.filter(test).length, run.length);
    const weak = scenarios(agentWithSkill(0.15), 3000);
    const strong = scenarios(agentWithSkill(0.95), 3000);
    expect(rate(weak, (s) => s.escalation !== null)).toBeGreaterThan(rate(strong, (s) => s.escalation !== null) * 1.5);
    expect(rate(weak, (s) => s.toneArc === 'angry_unresolved')).toBeGreaterThan(rate(strong, (s) => s.toneArc === 'angry_unresolved') * 2);
    expect(rate(strong, (s) => s.lead === 'hot')).toBeGreaterThan(rate(weak, (s) => s.lead === 'hot') * 1.5);
  });
});

describe('the words of a call', () => {
  const english = phraseBanks.en;

  function englishScript(intent: Intent, toneArc: ToneArc, seed: number, escalation: Scenario['escalation'] = null): { customer: string; all: string } {
    const random = createRandom(seed);
    const scenario: Scenario = { ...drawScenario(agentWithSkill(0.5), random), language: 'en', intent, toneArc, escalation };
    const { slots } = drawDetails(scenario, english, random);
    const lines = writeScript(scenario, english, slots, 240_000, { agent: 2.4, customer: 2.2 }, random);
    const textOf = (role?: string) => lines.filter((line) => role === undefined || line.role === role).map((line) => line.text.toLowerCase()).join(' ');
    return { customer: textOf('customer'), all: textOf() };
  }

  it('carry the caller mood in words a lexicon picks up', () => {
    const negative = /unacceptable|ridiculous|useless|worst|waste of time|not good enough/;
    const positive = /great|perfect|wonderful|thank|appreciate|awesome/;
    for (let seed = 0; seed < 30; seed += 1) {
      const happyCaller = englishScript('booking', 'happy', seed).customer;
      expect(englishScript('complaint', 'angry_unresolved', seed).customer).toMatch(negative);
      expect(happyCaller).toMatch(positive);
      expect(happyCaller).not.toMatch(negative);
    }
  });

  it('name the escalation when there is one, and not otherwise', () => {
    const escalationWords = /manager|supervisor|on-call|call you back|follow up/;
    for (let seed = 0; seed < 30; seed += 1) {
      expect(englishScript('support', 'angry_then_resolved', seed, escalationKinds[seed % 3] ?? 'manager').all).toMatch(escalationWords);
      expect(englishScript('support', 'angry_then_resolved', seed).all).not.toMatch(escalationWords);
    }
  });

  it('vary from call to call', () => {
    const angryCallers = Array.from({ length: 40 }, (_, seed) => englishScript('complaint', 'angry_unresolved', seed).customer);
    expect(new Set(angryCallers).size).toBe(40);
  });
});

describe('phrase banks', () => {
  const sampleSlots = Object.fromEntries(slotNames.map((name) => [name, `<${name}>`])) as Slots;

  /** Every sentence in a bank, with the path that leads to it. */
  function sentences(value: unknown, path: string): Array<{ path: string; text: string }> {
    if (typeof value === 'string') return [{ path, text: value }];
    if (Array.isArray(value)) return value.flatMap((item, i) => sentences(item, `${path}[${i}]`));
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => sentences(item, `${path}.${key}`));
  }

  /** Every list of interchangeable lines in a bank: arrays of strings, or of question-and-answer pairs. */
  function pools(value: unknown, path: string): Array<{ path: string; size: number }> {
    if (Array.isArray(value)) return [{ path, size: value.length }];
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).flatMap(([key, item]) => pools(item, `${path}.${key}`));
  }

  it.each(languages)('%s uses only known slots and clean spacing', (language) => {
    for (const { path, text } of sentences(phraseBanks[language], language)) {
      expect(fill(text, sampleSlots), path).not.toMatch(/[{}]/);
      expect(text, path).toBe(text.trim());
      expect(text, path).not.toMatch(/\s{2}|[’‘]/);
    }
  });

  it.each(languages)('%s offers a choice everywhere', (language) => {
    const { digits, phoneGrouping, ...rest } = phraseBanks[language];
    expect(digits).toHaveLength(10);
    expect(phoneGrouping.reduce((sum, size) => sum + size, 0)).toBe(7);
    for (const { path, size } of pools(rest, language)) expect(size, path).toBeGreaterThanOrEqual(2);
  });

  it('spells contact details out the way callers say them', () => {
    expect(spokenDigits('5550192', phraseBanks.en)).toBe('five five five, zero one nine two');
    expect(spokenEmail('maria.lopez@gmail.com', phraseBanks.en)).toBe('maria dot lopez at gmail dot com');
    expect(spokenEmail('maria.lopez@gmail.com', phraseBanks.es)).toBe('maria punto lopez arroba gmail punto com');
  });
});
