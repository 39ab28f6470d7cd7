/**
 * First the pure stages alone (bench/stages.ts); then end-to-end throughput and produce→queryable latency on the real services with the local
 * analyzer: the batched, transactional pipeline beside the per-message design of the reference
 * articles (consume one, analyze, insert one row, commit), on the same calls in the same run.
 *   npm run bench -- [--calls 2000] [--latency-calls 40]
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Kafka } from 'kafkajs';
import { LocalAnalyzer } from '../src/analysis/local/local-analyzer.js';
import { loadProfiles } from '../src/analysis/profiles/index.js';
import { AvroCodec } from '../src/contracts/avro-codec.js';
import { createLogger } from '../src/logger.js';
import { analyzeCall } from '../src/pipeline/analyze-call.js';
import { createKafka } from '../src/pipeline/kafka.js';
import { waitForCatchUp } from '../src/pipeline/lag.js';
import { createTopics, registerSchemas } from '../src/pipeline/migrate-kafka.js';
import { produceCalls } from '../src/pipeline/produce-calls.js';
import { startPipeline } from '../src/pipeline/start-pipeline.js';
import { startSinkWorker } from '../src/pipeline/sink-worker.js';
import { topicNames, type Topics } from '../src/pipeline/topics.js';
import { devstackDir } from '../src/services/paths.js';
import { startStack, stopStack } from '../src/services/stack.js';
import { simulateCalls } from '../src/simulate/index.js';
import { openWarehouse } from '../src/warehouse/open-warehouse.js';
import { migrateWarehouse } from '../src/warehouse/migrate.js';
import type { Warehouse } from '../src/warehouse/warehouse.js';
import type { CallCompleted } from '../src/contracts/call-completed.js';
import { renderTable } from '../src/cli/table.js';
import { measureStages } from './stages.js';

const { values: args } = parseArgs({ options: { calls: { type: 'string', default: '2000' }, 'latency-calls': { type: 'string', default: '40' } } });
const N = Number(args.calls);
const LATENCY_CALLS = Number(args['latency-calls']);

const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

async function prepareTopics(kafka: Kafka, codec: AvroCodec, registryUrl: string, name: string): Promise<Topics> {
  const topics = topicNames(`bench-${name}-${Date.now()}.`);
  await createTopics(kafka, topics, 6);
  await registerSchemas(registryUrl, codec, topics);
  return topics;
}

/** CPU seconds (user + system) of a process from /proc, 0 where unreadable. */
function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}
const machineBusySeconds = () => cpus().reduce((sum, c) => sum + (c.times.user + c.times.nice + c.times.sys + c.times.irq) / 1000, 0);

/**
 * Cores used by processes other than this bench and its services while `during` runs: the batched
 * pipeline's latency is a queue (one warehouse insert per partition batch, calls 100 ms apart), so a
 * busy neighbour multiplies it; a figure taken with one is not comparable with one taken without.
 */
async function withNeighbourLoad<T>(servicePids: Array<number | undefined>, during: () => Promise<T>): Promise<{ result: T; otherCores: number }> {
  const ours = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6 + servicePids.reduce((s: number, pid) => s + processCpuSeconds(pid), 0);
  };
  const [busy0, ours0, t0] = [machineBusySeconds(), ours(), performance.now()];
  const result = await during();
  const seconds = (performance.now() - t0) / 1000;
  return { result, otherCores: Math.max(0, (machineBusySeconds() - busy0 - (ours() - ours0)) / seconds) };
}

/** Produces calls one at a time, noting when each was sent, and polls the warehouse until each is queryable. */
async function measureLatency(kafka: Kafka, codec: AvroCodec, wh: Warehouse, topic: string, table: string, calls: CallCompleted[]): Promise<number[]> {
  const sentAt = new Map<string, number>();
  const seenAt = new Map<string, number>();
  let producing = true;
  const poller = (async () => {
    while (producing || seenAt.size < calls.length) {
      const pending = [...sentAt.keys()].filter((id) => !seenAt.has(id));
      if (pending.length > 0) {
        const rows = await wh.query<{ callId: string }>(`SELECT callId FROM ${table} WHERE callId IN {ids:Array(String)}`, { ids: pending });
        const now = Date.now();
        for (const r of rows) if (!seenAt.has(r.callId)) seenAt.set(r.callId, now);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  for (const call of calls) {
    sentAt.set(call.callId, Date.now());
    await produceCalls(kafka, codec, topic, [call]);
    await new Promise((r) => setTimeout(r, 100));
  }
  producing = false;
  await poller;
  return calls.map((c) => seenAt.get(c.callId)! - sentAt.get(c.callId)!);
}

/**
 * A rebuild of the warehouse from call.analytics, as when a sink is pointed at a fresh database: the
 * project's tables are emptied and a new sink group reads the topic from the start.
 */
async function measureSinkRebuild(kafka: Kafka, codec: AvroCodec, wh: Warehouse, topics: Topics, events: number): Promise<number> {
  const tables = await wh.query<{ name: string }>(
    "SELECT name FROM system.tables WHERE database = currentDatabase() AND engine NOT LIKE '%View' AND name != 'bench_per_message'",
  );
  for (const { name } of tables) await wh.command(`TRUNCATE TABLE ${name}`);
  const groupId = `${topics.analytics}-rebuild`;
  const started = Date.now();
  const sink = await startSinkWorker({ kafka, codec, warehouse: wh, topics, groupId, logger });
  await waitForCatchUp(kafka, groupId, topics.analytics, 900_000);
  const seconds = (Date.now() - started) / 1000;
  await sink.stop();
  return Math.round(events / seconds);
}

/** The reference articles' design: one message at a time, analyzed, inserted as one row, its offset committed. */
async function startPerMessage(kafka: Kafka, codec: AvroCodec, wh: Warehouse, topics: Topics, groupId: string): Promise<() => Promise<void>> {
  const analyzer = new LocalAnalyzer();
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic: topics.completed, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message }) => {
      const outcome = await analyzeCall(await codec.decode(message.value), analyzer, 'mask');
      if (outcome.ok) await wh.insert('bench_per_message', [outcome.analytics]);
      await consumer.commitOffsets([{ topic, partition, offset: String(BigInt(message.offset) + 1n) }]);
    },
  });
  return () => consumer.disconnect();
}

async function main(): Promise<void> {
  console.log(`pure stages, ${N} calls, median of 5 rounds:\n`);
  console.log(renderTable(await measureStages(N)));
  console.log('');
  const stack = await startStack(join(devstackDir, `bench-${process.pid}`));
  const kafka = createKafka([stack.kafka.brokers], 'bench', logger);
  const codec = new AvroCodec(stack.registry.url);
  const ch = stack.clickhouse;
  const wh = await openWarehouse('url' in ch ? { url: ch.url, database: 'callstream_bench' } : { chdbPath: ch.chdbPath });
  try {
    await migrateWarehouse(wh);
    await wh.command('CREATE TABLE IF NOT EXISTS bench_per_message AS call_analytics_latest ENGINE = MergeTree ORDER BY callId');
    const calls = simulateCalls({ count: N, seed: 2026, now: Date.now() });
    const probes = simulateCalls({ count: LATENCY_CALLS, seed: 99, now: Date.now() });
    const results: Array<Record<string, string | number>> = [];

    // Batched: analyzer (transactional, eachBatch) + sink (retract/insert, one insert per batch).
    const batched = await prepareTopics(kafka, codec, stack.registry.url, 'batched');
    await produceCalls(kafka, codec, batched.completed, calls);
    let started = Date.now();
    const pipeline = await startPipeline({
      kafka, codec, topics: batched, logger, analyzerGroup: `${batched.completed}-a`, sinkGroup: `${batched.analytics}-s`,
      analyzer: { impl: new LocalAnalyzer(), concurrency: 8, profiles: loadProfiles(), piiPolicy: 'mask' }, warehouse: wh,
    });
    await waitForCatchUp(kafka, `${batched.completed}-a`, batched.completed, 900_000);
    await waitForCatchUp(kafka, `${batched.analytics}-s`, batched.analytics, 900_000);
    const batchedSeconds = (Date.now() - started) / 1000;
    const servicePids = [stack.kafka.pid, stack.registry.pid];
    const { result: batchedLatency, otherCores: batchedOther } = await withNeighbourLoad(servicePids, () => measureLatency(kafka, codec, wh, batched.completed, 'call_analytics_latest', probes));
    await pipeline.stop();
    const rebuildPerSecond = await measureSinkRebuild(kafka, codec, wh, batched, N + LATENCY_CALLS);
    results.push({ design: 'batched (this project)', calls: N, seconds: +batchedSeconds.toFixed(1), 'calls/s': Math.round(N / batchedSeconds), 'latency p50 ms': median(batchedLatency), 'latency p95 ms': quantile(batchedLatency, 0.95), 'other cores': +batchedOther.toFixed(2) });

    // Per message: consume one, analyze, insert one row, commit.
    const single = await prepareTopics(kafka, codec, stack.registry.url, 'per-message');
    await produceCalls(kafka, codec, single.completed, calls);
    started = Date.now();
    const stop = await startPerMessage(kafka, codec, wh, single, `${single.completed}-pm`);
    await waitForCatchUp(kafka, `${single.completed}-pm`, single.completed, 1_800_000);
    const singleSeconds = (Date.now() - started) / 1000;
    const { result: singleLatency, otherCores: singleOther } = await withNeighbourLoad(servicePids, () =>
      measureLatency(kafka, codec, wh, single.completed, 'bench_per_message', probes.map((p) => ({ ...p, callId: `${p.callId}-pm` }))),
    );
    await stop();
    results.push({ design: 'per message (reference)', calls: N, seconds: +singleSeconds.toFixed(1), 'calls/s': Math.round(N / singleSeconds), 'latency p50 ms': median(singleLatency), 'latency p95 ms': quantile(singleLatency, 0.95), 'other cores': +singleOther.toFixed(2) });

    console.log(renderTable(results));
    const busiest = Math.max(batchedOther, singleOther);
    if (busiest > 0.25) console.log(`\nwarning: other processes used up to ${busiest.toFixed(2)} of ${cpus().length} cores while latency was measured; latency figures are not comparable with a run on an idle machine`);
    console.log(`\nthroughput ratio batched / per-message: ${(singleSeconds / batchedSeconds).toFixed(1)}x`);
    console.log(`latency p50 ratio per-message / batched: ${(median(singleLatency) / median(batchedLatency)).toFixed(2)}x (${LATENCY_CALLS} calls produced one at a time, 100 ms apart)`);
    console.log(`sink rebuild from call.analytics into emptied tables (new sink group, join included): ${rebuildPerSecond} calls/s`);
  } finally {
    await wh.close();
    await stopStack(stack, { removeData: true });
  }
}

await main();
process.exit(0);
