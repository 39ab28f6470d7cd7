import type { Kafka, Message } from 'kafkajs';
import { AvroCodec, valueSubject } from '../contracts/avro-codec.js';
import type { CallCompleted } from '../contracts/call-completed.js';
import { producerDefaults } from './kafka.js';

/** Produces calls to call.completed, keyed by callId, in batches; returns how many were sent. */
export async function produceCalls(kafka: Kafka, codec: AvroCodec, topic: string, calls: Iterable<CallCompleted>, batchSize = 500): Promise<number> {
  const producer = kafka.producer(producerDefaults);
  await producer.connect();
  let sent = 0;
  try {
    let batch: Message[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await producer.send({ topic, messages: batch });
      sent += batch.length;
      batch = [];
    };
    for (const call of calls) {
      batch.push({ key: call.callId, value: await codec.encode(valueSubject(topic), call) });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await producer.disconnect();
  }
  return sent;
}
