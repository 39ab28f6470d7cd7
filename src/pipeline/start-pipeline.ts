import type { Kafka } from 'kafkajs';
import type { Analyzer } from '../analysis/analyzer.js';
import type { ProfileRegistry } from '../analysis/profiles/index.js';
import type { PiiPolicy } from '../analysis/redaction/index.js';
import type { AvroCodec } from '../contracts/avro-codec.js';
import type { Logger } from '../logger.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { startAnalyzerWorker } from './analyzer-worker.js';
import { startSinkWorker } from './sink-worker.js';
import type { Topics } from './topics.js';
import type { Worker } from './worker.js';

export interface PipelineParts {
  kafka: Kafka;
  codec: AvroCodec;
  topics: Topics;
  logger: Logger;
  analyzerGroup: string;
  sinkGroup: string;
  /** Present: this process joins the analyzer group. */
  analyzer?: { impl: Analyzer; concurrency: number; profiles: ProfileRegistry; piiPolicy: PiiPolicy };
  /** Present: this process joins the sink group. */
  warehouse?: Warehouse;
}

/** Joins the analyzer and/or sink consumer groups; more processes doing the same share the partitions. */
export async function startPipeline(parts: PipelineParts): Promise<Worker> {
  const { kafka, codec, topics, logger } = parts;
  const workers: Worker[] = [];
  if (parts.analyzer) {
    workers.push(
      await startAnalyzerWorker({
        kafka, codec, topics, groupId: parts.analyzerGroup, analyzer: parts.analyzer.impl, concurrency: parts.analyzer.concurrency, profiles: parts.analyzer.profiles, piiPolicy: parts.analyzer.piiPolicy,
        logger: logger.child({ worker: 'analyzer' }),
      }),
    );
  }
  if (parts.warehouse) {
    workers.push(await startSinkWorker({ kafka, codec, topics, groupId: parts.sinkGroup, warehouse: parts.warehouse, logger: logger.child({ worker: 'sink' }) }));
  }
  return { stop: async () => void (await Promise.all(workers.map((w) => w.stop()))) };
}
