import { describe, expect, it } from 'vitest';
import { callCompletedSchema } from '../../src/contracts/call-completed.js';

describe('call-completed schema', () => {
  it('rejects a call that ends before it starts', () => {
    const r = callCompletedSchema.safeParse({ callId: 'c', agentId: 'a', vertical: 'generic', language: 'en', startedAt: 10, endedAt: 5, fromNumber: '', toNumber: '', turns: [], metadata: {} });
    expect(r.success).toBe(false);
  });
});
