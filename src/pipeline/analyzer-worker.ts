import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage, Message, TopicMessages } from 'kafkajs';
import type { Analyzer } from '../analysis/analyzer.js';
import type { ProfileRegistry } from '../analysis/profiles/index.js';
import type { PiiPolicy } from '../analysis/redaction/index.js';
import { AvroCodec, DecodeError, valueSubject } from '../contracts/avro-codec.js';
import type { Logger } from '../logger.js';
import { analyzeCall, type CallOutcome } from './analyze-call.js';
import { mapWithConcurrency } from './concurrency.js';
import { startBatchWorker } from './batch-worker.js';
import { deadLetter, decodeFailure } from './dead-letter.js';
import type { Worker } from './worker.js';
import { producerDefaults } from './kafka.js';
import type { Topics } from './topics.js';

export interface AnalyzerWorkerOptions {
  kafka: Kafka;
  codec: AvroCodec;
  analyzer: Analyzer;
  topics: Topics;
  groupId: string;
  logger: Logger;
  /** To warn about calls whose vertical has no profile (they are analyzed with the generic one). */
  profiles: ProfileRegistry;
  /** What analytics events keep of the PII found in a call. */
  piiPolicy: PiiPolicy;
  /** Calls analyzed at once within a batch (matters for a remote model). */
  concurrency?: number;
}

async function decodeAndAnalyze(message: KafkaMessage, opts: AnalyzerWorkerOptions): Promise<CallOutcome> {
  let decoded: unknown;
  try {
    decoded = await opts.codec.decode(message.value);
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, callId: message.key?.toString() ?? null, failure: decodeFailure(error) };
    throw error;
  }
  return analyzeCall(decoded, opts.analyzer, opts.piiPolicy);
}

/** The records one batch produces: analytics, triggers and dead letters. */
async function outputsOf(topic: string, partition: number, messages: KafkaMessage[], outcomes: CallOutcome[], opts: AnalyzerWorkerOptions): Promise<TopicMessages[]> {
  const { topics, codec } = opts;
  const byTopic = new Map<string, Message[]>();
  const add = (t: string, m: Message) => {
    const list = byTopic.get(t);
    if (list) list.push(m);
    else byTopic.set(t, [m]);
  };
  for (const [i, outcome] of outcomes.entries()) {
    if (!outcome.ok) {
      add(topics.completedDlq, deadLetter({ topic, partition, message: messages[i]! }, outcome.failure));
      opts.logger.warn({ callId: outcome.callId, offset: messages[i]!.offset, ...outcome.failure, detail: undefined }, 'call sent to the dead-letter topic');
      continue;
    }
    const a = outcome.analytics;
    if (opts.profiles.get(a.vertical).fellBack) opts.logger.warn({ callId: a.callId, vertical: a.vertical }, 'no profile for this vertical: analyzed with the generic one');
    opts.logger.debug({ callId: a.callId, offset: messages[i]!.offset, intent: a.intent, sentiment: a.sentiment, leadScore: a.leadScore, escalated: a.escalated }, 'call analyzed');
    add(topics.analytics, { key: a.callId, value: await codec.encode(valueSubject(topics.analytics), a) });
    if (a.hotLead) add(topics.hotLeads, { key: a.callId, value: await codec.encode(valueSubject(topics.hotLeads), a) });
    if (a.escalated) add(topics.escalations, { key: a.callId, value: await codec.encode(valueSubject(topics.escalations), a) });
  }
  return [...byTopic].map(([t, msgs]) => ({ topic: t, messages: msgs }));
}

/**
 * The analyzer consumer group on call.completed. Each batch is one Kafka transaction holding its
 * outputs and its consumed offsets, so a crash never loses an event nor half-publishes a batch.
 */
export function startAnalyzerWorker(opts: AnalyzerWorkerOptions): Promise<Worker> {
  const { kafka, topics, groupId, logger } = opts;
  return startBatchWorker(kafka, {
    groupId,
    topic: topics.completed,
    producer: { ...producerDefaults, transactionalId: `${groupId}-${randomUUID()}` },
    handle: async ({ topic, partition, messages, lastOffset, nextOffset }, producer) => {
      const outcomes = await mapWithConcurrency(messages, opts.concurrency ?? 8, (m) => decodeAndAnalyze(m, opts));
      const outputs = await outputsOf(topic, partition, messages, outcomes, opts);
      const tx = await producer.transaction();
      try {
        await tx.sendBatch({ topicMessages: outputs });
        await tx.sendOffsets({ consumerGroupId: groupId, topics: [{ topic, partitions: [{ partition, offset: nextOffset }] }] });
        await tx.commit();
      } catch (error) {
        await tx.abort().catch(() => undefined);
        throw error;
      }
      const failed = outcomes.filter((o) => !o.ok).length;
      logger.info({ topic, partition, firstOffset: messages[0]!.offset, lastOffset, analyzed: outcomes.length - failed, deadLettered: failed }, 'batch analyzed');
    },
  });
}
