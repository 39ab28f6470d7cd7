import type { Kafka } from 'kafkajs';
import { callAnalyticsAvro, callCompletedAvro } from '../contracts/avro-schemas.js';
import { AvroCodec, valueSubject } from '../contracts/avro-codec.js';
import { topicConfigs, type Topics } from './topics.js';

/** Creates the topics that are missing, with their configs; returns the names it created. */
export async function createTopics(kafka: Kafka, topics: Topics, partitions: number): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topicConfigs(topics, partitions).filter((t) => !existing.has(t.topic));
    if (missing.length > 0) await admin.createTopics({ topics: missing, waitForLeaders: true });
    return missing.map((t) => t.topic);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Sets the registry's global compatibility to BACKWARD (what @kafkajs/confluent-schema-registry
 * checks a subject against) and registers each topic's value schema under `<topic>-value`.
 */
export async function registerSchemas(registryUrl: string, codec: AvroCodec, topics: Topics): Promise<Record<string, number>> {
  const res = await fetch(`${registryUrl}/config`, {
    method: 'PUT',
    headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
    body: JSON.stringify({ compatibility: 'BACKWARD' }),
  });
  if (!res.ok) throw new Error(`registry refused the global compatibility setting: HTTP ${res.status}`);
  const subjects: Array<[string, typeof callCompletedAvro]> = [
    [topics.completed, callCompletedAvro],
    [topics.analytics, callAnalyticsAvro],
    [topics.hotLeads, callAnalyticsAvro],
    [topics.escalations, callAnalyticsAvro],
  ];
  const ids: Record<string, number> = {};
  for (const [topic, schema] of subjects) ids[valueSubject(topic)] = await codec.register(valueSubject(topic), schema);
  return ids;
}
