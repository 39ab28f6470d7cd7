import type { Kafka, KafkaMessage, Message } from 'kafkajs';
import { AvroCodec, DecodeError } from '../contracts/avro-codec.js';
import { callAnalyticsSchema, type CallAnalytics } from '../contracts/call-analytics.js';
import { describeIssues } from '../contracts/describe-issues.js';
import type { Logger } from '../logger.js';
import { planChanges, type SourcePosition } from '../warehouse/change-plan.js';
import { readLatest } from '../warehouse/latest-state.js';
import type { Warehouse } from '../warehouse/warehouse.js';
import { startBatchWorker } from './batch-worker.js';
import { deadLetter, decodeFailure, type Failure } from './dead-letter.js';
import { groupInsert } from './group-insert.js';
import { producerDefaults } from './kafka.js';
import type { Topics } from './topics.js';
import type { Worker } from './worker.js';

export interface SinkWorkerOptions {
  kafka: Kafka;
  codec: AvroCodec;
  warehouse: Warehouse;
  topics: Topics;
  groupId: string;
  logger: Logger;
}

type Decoded = { ok: true; analytics: CallAnalytics; source: SourcePosition } | { ok: false; message: KafkaMessage; failure: Failure };

async function decodeAnalytics(codec: AvroCodec, topic: string, partition: number, message: KafkaMessage): Promise<Decoded> {
  try {
    const parsed = callAnalyticsSchema.safeParse(await codec.decode(message.value));
    if (!parsed.success) return { ok: false, message, failure: { stage: 'validate', reason: 'invalid_analytics', detail: describeIssues(parsed.error) } };
    return { ok: true, analytics: parsed.data, source: { topic, partition, offset: message.offset } };
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, message, failure: decodeFailure(error) };
    throw error;
  }
}

const INSERT_ATTEMPTS = 3;

/** Retries with the same deduplication token, so an insert that landed but whose answer was lost is not applied twice. */
async function insertWithRetry(warehouse: Warehouse, rows: readonly object[], dedupToken: string, logger: Logger): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await warehouse.insert('call_analytics_changes', rows, { dedupToken });
    } catch (error) {
      if (attempt >= INSERT_ATTEMPTS) throw error;
      logger.warn({ dedupToken, attempt, err: (error as Error).message }, 'insert failed, retrying');
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

/** Enough for every partition of a default topic, so one fetch's batches can share an insert. */
const CONCURRENT_PARTITIONS = 16;

/**
 * The sink consumer group on call.analytics. Per batch: decode, read the applied versions, write
 * retractions and insertions under a deduplication token made of the batch's offset range, then
 * commit the offsets; nothing is committed before ClickHouse has the rows. Partitions are handled
 * concurrently (each call stays on one partition, so no two write the same call), and the batches
 * that meet while an insert is in flight share the next one (group-insert.ts).
 */
export function startSinkWorker(opts: SinkWorkerOptions): Promise<Worker> {
  const { kafka, codec, warehouse, topics, groupId, logger } = opts;
  const insert = groupInsert((rows, dedupToken) => insertWithRetry(warehouse, rows, dedupToken, logger));
  return startBatchWorker(kafka, {
    groupId,
    topic: topics.analytics,
    producer: producerDefaults,
    concurrentPartitions: CONCURRENT_PARTITIONS,
    handle: async ({ topic, partition, messages, lastOffset, commitOffset }, producer) => {
      const decoded = await Promise.all(messages.map((m) => decodeAnalytics(codec, topic, partition, m)));
      const good = decoded.flatMap((d) => (d.ok ? [d] : []));
      const bad = decoded.flatMap((d) => (d.ok ? [] : [d]));
      const current = await readLatest(warehouse, [...new Set(good.map((d) => d.analytics.callId))]);
      const rows = planChanges(current, good);
      await insert(rows, `${topic}:${partition}:${messages[0]!.offset}-${lastOffset}`);
      if (bad.length > 0) {
        const letters: Message[] = bad.map((d) => deadLetter({ topic, partition, message: d.message }, d.failure));
        await producer.send({ topic: topics.analyticsDlq, messages: letters });
        for (const d of bad) logger.warn({ callId: d.message.key?.toString() ?? null, offset: d.message.offset, stage: d.failure.stage, reason: d.failure.reason }, 'analytics sent to the dead-letter topic');
      }
      await commitOffset();
      logger.info({ topic, partition, firstOffset: messages[0]!.offset, lastOffset, rows: rows.length, deadLettered: bad.length }, 'batch written to the warehouse');
    },
  });
}
