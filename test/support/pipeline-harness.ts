import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kafka } from 'kafkajs';
import { inject } from 'vitest';
import { AvroCodec } from '../../src/contracts/avro-codec.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createKafka } from '../../src/pipeline/kafka.js';
import { createTopics, registerSchemas } from '../../src/pipeline/migrate-kafka.js';
import { topicNames, type Topics } from '../../src/pipeline/topics.js';
import { ChdbWarehouse } from '../../src/warehouse/chdb-warehouse.js';
import { HttpWarehouse } from '../../src/warehouse/http-warehouse.js';
import { migrateWarehouse } from '../../src/warehouse/migrate.js';
import type { Warehouse } from '../../src/warehouse/warehouse.js';

export interface Harness {
  kafka: Kafka;
  codec: AvroCodec;
  topics: Topics;
  warehouse: Warehouse;
  logger: Logger;
  /** Every log record the pipeline wrote, as JSON text, for tests that check what logs may contain. */
  logLines: string[];
  registryUrl: string;
}

let counter = 0;

/** Fresh topics (a unique prefix), registered schemas and a migrated warehouse on the shared services. */
export async function createHarness(name: string, partitions = 3): Promise<Harness> {
  const logLines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });
  const kafka = createKafka(inject('brokers').split(','), `test-${name}`, logger);
  const registryUrl = inject('registryUrl');
  const codec = new AvroCodec(registryUrl);
  const prefix = `${name}-${process.pid}-${Date.now()}-${counter++}.`;
  const topics = topicNames(prefix);
  await createTopics(kafka, topics, partitions);
  await registerSchemas(registryUrl, codec, topics);
  const url = inject('clickhouseUrl');
  const warehouse = url
    ? await HttpWarehouse.connect(url, prefix.replace(/\W/g, '_'))
    : new ChdbWarehouse(mkdtempSync(join(tmpdir(), `callstream-${name}-`)));
  await migrateWarehouse(warehouse);
  return { kafka, codec, topics, warehouse, logger, logLines, registryUrl };
}

/** Polls until check returns true or the time is up. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 60_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}
