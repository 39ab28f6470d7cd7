import { describe, expect, it } from 'vitest';
import type { CallCompleted } from '../../src/contracts/call-completed.js';
import { prepareCall } from '../../src/pipeline/prepare-call.js';

const call: CallCompleted = {
  callId: 'c1', agentId: 'a1', vertical: 'salon', language: 'en', startedAt: 0, endedAt: 20_000,
  fromNumber: '+14155550123', toNumber: '+14155550199', metadata: {},
  turns: [
    { role: 'agent', text: 'Thanks for calling, how can I help?', startMs: 0, endMs: 3000 },
    { role: 'customer', text: 'Call me back at four one five, five five five, zero one two three or mail jane dot doe at gmail dot com', startMs: 3500, endMs: 12_000 },
  ],
};

describe('prepareCall', () => {
  it('shows the analyzer placeholders instead of PII, and no phone numbers', () => {
    const { call: seen } = prepareCall(call);
    const text = seen.turns.map((t) => t.text).join(' ');
    expect(text).toContain('[PHONE]');
    expect(text).toContain('[EMAIL]');
    expect(text).not.toMatch(/gmail|five five five/);
    expect([seen.fromNumber, seen.toNumber]).toEqual(['', '']);
  });

  it('keeps, masks or drops PII entities by policy', () => {
    expect(prepareCall(call, 'keep').piiEntities).toEqual([
      { type: 'phone', value: 'four one five, five five five, zero one two three' },
      { type: 'email', value: 'jane dot doe at gmail dot com' },
    ]);
    const masked = prepareCall(call, 'mask').piiEntities;
    expect(masked.map((e) => e.type)).toEqual(['phone', 'email']);
    for (const e of masked) expect(e.value).toMatch(/\*/);
    expect(prepareCall(call, 'drop').piiEntities).toEqual([]);
  });

  it('keeps every redacted turn for metrics while the analyzer sees a condensed call', () => {
    const long = { ...call, turns: Array.from({ length: 400 }, (_, i) => ({ role: i % 2 ? 'customer' as const : 'agent' as const, text: 'a'.repeat(60), startMs: i * 1000, endMs: i * 1000 + 800 })) };
    const prepared = prepareCall(long);
    expect(prepared.condensed).toBe(true);
    expect(prepared.redactedTurns).toHaveLength(400);
    expect(prepared.call.turns.length).toBeLessThan(400);
  });
});
