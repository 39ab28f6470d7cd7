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

/**
 * The sink consumer group on call.analytics. Per batch: decode, read the applied versions, write
 * retractions and insertions in one insert whose deduplication token is the batch's offset range,
 * then commit the offsets; nothing is committed before ClickHouse has the rows.
 */
export function startSinkWorker(opts: SinkWorkerOptions): Promise<Worker> {
  const { kafka, codec, warehouse, topics, groupId, logger } = opts;
  return startBatchWorker(kafka, {
    groupId,
    topic: topics.analytics,
    producer: producerDefaults,
    handle: async ({ topic, partition, messages, lastOffset, commitOffset }, producer) => {
      const decoded = await Promise.all(messages.map((m) => decodeAnalytics(codec, topic, partition, m)));
      const good = decoded.flatMap((d) => (d.ok ? [d] : []));
      const bad = decoded.flatMap((d) => (d.ok ? [] : [d]));
      const current = await readLatest(warehouse, [...new Set(good.map((d) => d.analytics.callId))]);
      const rows = planChanges(current, good);
      await insertWithRetry(warehouse, rows, `${topic}:${partition}:${messages[0]!.offset}-${lastOffset}`, logger);
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
