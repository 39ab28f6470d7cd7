import type { Kafka } from 'kafkajs';

/** Messages in the topic that the group has not committed yet, summed over partitions. */
async function consumerLag(kafka: Kafka, groupId: string, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
    const committedBy = new Map(committed?.partitions.map((p) => [p.partition, BigInt(p.offset)]) ?? []);
    let lag = 0n;
    for (const end of ends) {
      const done = committedBy.get(end.partition) ?? -1n;
      // -1 means nothing committed yet; the low watermark is where consumption starts.
      lag += BigInt(end.high) - (done < 0n ? BigInt(end.low) : done);
    }
    return Number(lag);
  } finally {
    await admin.disconnect();
  }
}

/** Resolves once the group has committed everything that is in the topic now. */
export async function waitForCatchUp(kafka: Kafka, groupId: string, topic: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await consumerLag(kafka, groupId, topic)) === 0) return;
    if (Date.now() > deadline) throw new Error(`group ${groupId} did not catch up on ${topic} within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
