import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import type { DecodeError } from '../contracts/avro-codec.js';

/** Where processing gave up on a message, and why; the reason is a short machine-readable code. */
export interface Failure {
  stage: 'decode' | 'validate' | 'analyze' | 'sink';
  reason: string;
  detail: string;
}

/** An undecodable message's failure: the decode error's reason (not wire format, unknown schema id, bad Avro). */
export const decodeFailure = (error: DecodeError): Failure => ({ stage: 'decode', reason: error.reason, detail: error.message });

export const DLQ_HEADER = {
  reason: 'callstream.dlq.reason',
  stage: 'callstream.dlq.stage',
  detail: 'callstream.dlq.detail',
  topic: 'callstream.dlq.source.topic',
  partition: 'callstream.dlq.source.partition',
  offset: 'callstream.dlq.source.offset',
  failedAt: 'callstream.dlq.failed-at',
} as const;

/** The original key, value and headers untouched, plus the failure and the source position in headers. */
export function deadLetter(source: { topic: string; partition: number; message: KafkaMessage }, failure: Failure, now = Date.now()): Message {
  const headers: IHeaders = {
    ...source.message.headers,
    [DLQ_HEADER.reason]: failure.reason,
    [DLQ_HEADER.stage]: failure.stage,
    [DLQ_HEADER.detail]: failure.detail.slice(0, 2000),
    [DLQ_HEADER.topic]: source.topic,
    [DLQ_HEADER.partition]: String(source.partition),
    [DLQ_HEADER.offset]: source.message.offset,
    [DLQ_HEADER.failedAt]: new Date(now).toISOString(),
  };
  return { key: source.message.key, value: source.message.value, headers };
}
