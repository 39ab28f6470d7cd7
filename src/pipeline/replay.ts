import type { Kafka } from 'kafkajs';

/**
 * Moves a consumer group back to the start of its topic, so its next run re-reads everything: the
 * analyzer re-analyzes every call (after an analyzer or schema change), the sink rebuilds its
 * tables. Kafka refuses while members of the group are running.
 */
export async function rewindGroup(kafka: Kafka, groupId: string, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.resetOffsets({ groupId, topic, earliest: true });
  } finally {
    await admin.disconnect();
  }
}
