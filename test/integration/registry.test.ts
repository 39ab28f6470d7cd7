import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { AvroCodec, valueSubject } from '../../src/contracts/avro-codec.js';
import { callAnalyticsAvro } from '../../src/contracts/avro-schemas.js';
import type { CallAnalytics } from '../../src/contracts/call-analytics.js';
import { stopProcess } from '../../src/services/process.js';
import { startLocalRegistry, type LocalRegistry } from '../../src/services/registry-local.js';
import { createHarness, type Harness } from '../support/pipeline-harness.js';

const sample: CallAnalytics = {
  callId: 'reg-1', schemaVersion: 1, analyzerName: 'local', analyzerVersion: '1', analyzedAt: 1_700_000_000_000, agentId: 'a', vertical: 'sales', language: 'en',
  endedAt: 1_700_000_000_000, sentiment: 'positive', sentimentScore: 0.5, intent: 'sales', leadScore: 80, hotLead: true, satisfaction: 5,
  escalated: false, escalationReason: null, summary: 's', nextAction: 'n', tags: ['x'],
  intentDetail: null, categories: [], entities: [], extras: {}, metrics: null, usage: null, condensed: false,
};

describe('schema registry contract', () => {
  let h: Harness;
  let second: LocalRegistry | undefined;
  beforeAll(async () => {
    h = await createHarness('registry', 1);
  });
  afterAll(async () => {
    if (second) await stopProcess(second.pid);
    await h?.warehouse.close();
  });

  it('rejects an incompatible change to a registered subject', async () => {
    const subject = valueSubject(h.topics.analytics);
    const breaking = { ...callAnalyticsAvro, fields: [...callAnalyticsAvro.fields, { name: 'tenant', type: 'string' }] };
    await expect(h.codec.register(subject, breaking)).rejects.toThrow();
  });

  it('accepts a backward-compatible evolution, and old messages still decode', async () => {
    const subject = valueSubject(h.topics.analytics);
    const old = await h.codec.encode(subject, sample);
    const evolved = { ...callAnalyticsAvro, fields: [...callAnalyticsAvro.fields, { name: 'tenant', type: ['null', 'string'], default: null }] };
    const newId = await h.codec.register(subject, evolved);
    expect(newId).toBeGreaterThan(0);
    expect(await h.codec.decode(old)).toMatchObject({ callId: 'reg-1', leadScore: 80 });
  });

  it('resolves stored schema ids from a freshly started registry (kafkasql storage survives restarts)', async (ctx) => {
    if (!inject('registryUrl').includes('127.0.0.1')) ctx.skip(); // a registry from SCHEMA_REGISTRY_URL is not ours to start twice
    const message = await h.codec.encode(valueSubject(h.topics.completed), {
      callId: 'c', agentId: 'a', vertical: 'generic', language: 'en', startedAt: 0, endedAt: 1, fromNumber: '', toNumber: '', turns: [], metadata: {},
    });
    second = await startLocalRegistry(mkdtempSync(join(tmpdir(), 'callstream-registry-')), inject('brokers'));
    const decoded = await new AvroCodec(second.url).decode(message);
    expect(decoded).toMatchObject({ callId: 'c', vertical: 'generic' });
  });
});
