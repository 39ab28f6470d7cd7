import { Kafka, logLevel, Partitioners, type LogEntry, type ProducerConfig } from 'kafkajs';
import type { Logger } from '../logger.js';

const levels: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A KafkaJS client whose own logs go through pino, at warn and above. */
export function createKafka(brokers: string[], clientId: string, logger: Logger): Kafka {
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        // KafkaJS logs each failed protocol response, and each retried send, at error level and then
        // retries (a coordinator still loading, say); a failure that survives the retries reaches our code.
        const retried = message.startsWith('Response ') || 'retryCount' in extra;
        kafkaLogger[retried ? 'debug' : (levels[level] ?? 'info')](extra, message);
      },
  });
}

/** Idempotent, ordered, Java-compatible (murmur2) partitioning by key, topics never auto-created. */
export const producerDefaults: ProducerConfig = {
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
};
