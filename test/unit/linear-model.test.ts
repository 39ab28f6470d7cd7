import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitLinear, linearScores, loadModel, softmax, type Example } from '../../src/analysis/local/linear-model.js';
import { clausesOf } from '../../src/analysis/local/text.js';
import { addTokens, wordTokens } from '../../src/analysis/local/word-features.js';
import type { ReadTurn } from '../../src/analysis/local/conversation.js';
import { tuningCalls } from '../../src/analysis/local/train-models.js';
import { splitOf } from '../../src/evaluation/split.js';

const fit = { l2: 0.001, l2Dense: 0.001, epochs: 400, rate: 0.3, minCount: 1 };
const turn = (text: string): ReadTurn => ({ role: 'customer', text, clauses: clausesOf(text), index: 0 });

describe('linear models', () => {
  it('a classifier learns which words mark which class, and leaves rare words out', () => {
    const examples: Example[] = [
      ...['refund now', 'refund my money', 'I want a refund'].map((t) => ({ text: t, target: 0 })),
      ...['book a table', 'book for two', 'can I book'].map((t) => ({ text: t, target: 1 })),
    ].map(({ text, target }) => {
      const features = new Map<string, number>();
      addTokens(features, wordTokens([turn(text)], 'c'));
      return { features, target };
    });
    const model = fitLinear(['complaint', 'booking'], examples, { ...fit, minCount: 2 });
    const p = (text: string) => {
      const features = new Map<string, number>();
      addTokens(features, wordTokens([turn(text)], 'c'));
      return softmax(linearScores(model, features));
    };
    expect(p('a refund please')[0]).toBeGreaterThan(0.8);
    expect(p('please book it')[1]).toBeGreaterThan(0.8);
    // "money" occurs once: below minCount, so it has no weight.
    expect(model.weights['c:money']).toBeUndefined();
    expect(fitLinear(['complaint', 'booking'], examples, fit)).toEqual(fitLinear(['complaint', 'booking'], examples, fit));
  });

  it('a regression recovers a linear relation', () => {
    const examples: Example[] = Array.from({ length: 40 }, (_, i) => {
      const x = i / 20 - 1;
      return { features: new Map([['x', x]]), target: 0.2 + 0.5 * x };
    });
    const model = fitLinear(['y'], examples, { ...fit, l2Dense: 0, epochs: 2000 });
    expect(model.weights.bias![0]).toBeCloseTo(0.2, 2);
    expect(model.weights.x![0]).toBeCloseTo(0.5, 2);
  });
});

describe('word features', () => {
  it('stems words to their first letters, drops numbers and pairs adjacent words within a clause', () => {
    const tokens = wordTokens([turn('Reclamação 12345, agendamento!')], 'o', true);
    expect([...tokens].sort()).toEqual(['o:agend', 'o:recla']);
    expect(wordTokens([turn('quiero reservar mesa')], 'o', true)).toContain('o2:quier_reser');
  });

  it('weighs each token less when a call has many', () => {
    const few = new Map<string, number>();
    addTokens(few, new Set(['a', 'b']));
    const many = new Map<string, number>();
    addTokens(many, new Set(Array.from({ length: 80 }, (_, i) => `t${i}`)));
    expect(few.get('a')).toBe(1);
    expect(many.get('t0')).toBeCloseTo(0.5);
  });
});

describe('training data', () => {
  it('takes the tune part of calls.jsonl and every tune-extra file, never the test part', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-tune-'));
    const line = (callId: string) => JSON.stringify({ callId, vertical: 'generic', language: 'en', turns: [{ role: 'customer', text: 'I want to book a table.' }], labels: { intent: 'booking', sentimentScore: 0.4 } });
    const ids = Array.from({ length: 40 }, (_, i) => `c-${i}`);
    writeFileSync(join(dir, 'calls.jsonl'), ids.map(line).join('\n'));
    writeFileSync(join(dir, 'tune-extra-1.jsonl'), line('x-1'));
    writeFileSync(join(dir, 'other.jsonl'), line('o-1'));
    const taken = tuningCalls(dir).map((c) => c.callId);
    expect(taken).toContain('x-1');
    expect(taken).not.toContain('o-1');
    const fromCalls = taken.filter((id) => id.startsWith('c-'));
    expect(fromCalls.length).toBeGreaterThan(0);
    expect(fromCalls.every((id) => splitOf(id) === 'tune')).toBe(true);
    expect(fromCalls.length).toBe(ids.filter((id) => splitOf(id) === 'tune').length);
    rmSync(dir, { recursive: true });
  });
});

describe('shipped models', () => {
  it('load when their outputs match, and fail naming the file when they do not', () => {
    expect(loadModel('sentiment', ['sentimentScore']).outputs).toEqual(['sentimentScore']);
    expect(() => loadModel('sentiment', ['info', 'booking'])).toThrow(/sentiment\.json: not a model of info, booking/);
  });
});
