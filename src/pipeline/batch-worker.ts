import type { Kafka, KafkaMessage, Producer, ProducerConfig } from 'kafkajs';
import type { Worker } from './worker.js';

export interface Batch {
  topic: string;
  partition: number;
  /** Never empty. */
  messages: KafkaMessage[];
  lastOffset: string;
  /** The offset to commit once the batch is done: the one after the last. */
  nextOffset: string;
  /** Commits nextOffset for the group, for handlers that do not commit it in a transaction. */
  commitOffset(): Promise<void>;
}

/**
 * A consumer-group member that hands each non-empty batch to `handle`, with a producer of its own.
 * Offsets are never auto-committed: `handle` makes them durable when its output is (in a
 * transaction, or after a warehouse insert), and only then is the batch marked done.
 */
export async function startBatchWorker(
  kafka: Kafka,
  opts: {
    groupId: string;
    topic: string;
    producer: ProducerConfig;
    /** How many partitions' batches may be handled at once (default 1, one after another). */
    concurrentPartitions?: number;
    handle: (batch: Batch, producer: Producer) => Promise<void>;
  },
): Promise<Worker> {
  const consumer = kafka.consumer({ groupId: opts.groupId, allowAutoTopicCreation: false });
  const producer = kafka.producer(opts.producer);
  await Promise.all([consumer.connect(), producer.connect()]);
  await consumer.subscribe({ topic: opts.topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: opts.concurrentPartitions ?? 1,
    eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
      if (batch.messages.length === 0) return;
      const lastOffset = batch.lastOffset();
      const { topic, partition, messages } = batch;
      const nextOffset = String(BigInt(lastOffset) + 1n);
      const commitOffset = () => consumer.commitOffsets([{ topic, partition, offset: nextOffset }]);
      await opts.handle({ topic, partition, messages, lastOffset, nextOffset, commitOffset }, producer);
      resolveOffset(lastOffset);
      await heartbeat();
    },
  });
  return {
    async stop() {
      await consumer.disconnect();
      await producer.disconnect();
    },
  };
}
