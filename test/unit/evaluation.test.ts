import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/contracts/call-analytics.js';
import { asCall, parseDataset, type LabelledCall } from '../../src/evaluation/dataset.js';
import { report, score } from '../../src/evaluation/score.js';

const predicted = (p: Partial<Analysis>): Analysis => ({
  sentiment: 'neutral', sentimentScore: 0, intent: 'info', leadScore: 0, hotLead: false, satisfaction: 3,
  escalated: false, escalationReason: null, summary: '', nextAction: '', tags: [],
  intentDetail: null, categories: [], entities: [], extras: {}, ...p,
});
const call = (id: string, labels: LabelledCall['labels'], language = 'en'): LabelledCall => ({ callId: id, vertical: 'generic', language, turns: [{ role: 'customer', text: 'hi' }], labels });

describe('evaluation harness', () => {
  it('scores MAE, band and intent accuracy, and escalation precision/recall/F1', () => {
    const s = score([
      { call: call('a', { sentimentScore: 0.5, sentiment: 'positive', intent: 'sales', escalated: true, leadScore: 80, satisfaction: 5 }), predicted: predicted({ sentimentScore: 0.3, sentiment: 'positive', intent: 'sales', escalated: true, leadScore: 70, satisfaction: 4 }) },
      { call: call('b', { sentimentScore: -0.5, sentiment: 'negative', intent: 'complaint', escalated: false }), predicted: predicted({ sentimentScore: 0, intent: 'support', escalated: true }) },
      { call: call('c', { escalated: true }), predicted: predicted({ escalated: false }) },
    ]);
    expect(s.sentimentMae).toBe(0.35);
    expect(s.sentimentBandAccuracy).toBe(0.5);
    expect(s.intentAccuracy).toBe(0.5);
    expect(s.intentConfusion.complaint!.support).toBe(1);
    expect(s.escalation).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(s.leadScoreMae).toBe(10);
    expect(s.satisfactionMae).toBe(1);
  });

  it('leaves a metric null when no call carries its label, and groups by language', () => {
    const r = report([{ call: call('a', {}, 'es-MX'), predicted: predicted({}) }]);
    expect(r.overall.sentimentMae).toBeNull();
    expect(r.overall.escalation.f1).toBeNull();
    expect(Object.keys(r.byLanguage)).toEqual(['es']);
  });

  it('rejects a bad line naming its number, and turns untimed turns into a call', () => {
    expect(() => parseDataset('{"callId":"a","vertical":"g","language":"en","turns":[{"role":"customer","text":"x"}],"labels":{}}\n{"callId":1}', 'd.jsonl')).toThrow(/d\.jsonl:2/);
    const c = asCall(call('x', {}));
    expect(c.turns[0]).toEqual({ role: 'customer', text: 'hi', startMs: 0, endMs: 0 });
  });
});
