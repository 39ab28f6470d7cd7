import { Option, type Command } from 'commander';
import { createAnalyzer, type AnalyzerName } from '../../analysis/create-analyzer.js';
import { loadProfiles } from '../../analysis/profiles/index.js';
import { startPipeline } from '../../pipeline/start-pipeline.js';
import type { Worker } from '../../pipeline/worker.js';
import { migrateWarehouse } from '../../warehouse/migrate.js';
import { openWarehouse } from '../../warehouse/open-warehouse.js';
import { startQueryServer } from '../../warehouse/query-server.js';
import type { Warehouse } from '../../warehouse/warehouse.js';
import { createContext, type Context } from '../context.js';
import { positiveInt } from '../options.js';

export interface RunningPipeline {
  warehouse: Warehouse | null;
  stop(): Promise<void>;
}

/**
 * Starts the chosen parts in this process. A sink opens the warehouse, migrates it, and serves
 * queries over HTTP so that `callstream query` can read a chDB directory this process owns.
 */
export async function runPipeline(ctx: Context, parts: { analyzer: AnalyzerName | null; sink: boolean; concurrency?: number }): Promise<RunningPipeline> {
  const warehouse = parts.sink ? await openWarehouse(ctx.endpoints.clickhouse) : null;
  const cleanup: Array<() => Promise<void>> = [];
  try {
    if (warehouse) {
      cleanup.push(() => warehouse.close());
      await migrateWarehouse(warehouse);
      const { url, server } = await startQueryServer(warehouse, ctx.logger);
      cleanup.unshift(() => new Promise<void>((r) => server.close(() => r())));
      warehouse.announceQueryUrl?.(url);
      ctx.logger.info({ url }, 'serving queries');
    }
    const workers: Worker = await startPipeline({
      kafka: ctx.kafka, codec: ctx.codec, topics: ctx.topics, logger: ctx.logger,
      analyzerGroup: ctx.env.CALLSTREAM_ANALYZER_GROUP, sinkGroup: ctx.env.CALLSTREAM_SINK_GROUP,
      analyzer: parts.analyzer ? analyzerPart(ctx, parts.analyzer, parts.concurrency) : undefined,
      warehouse: warehouse ?? undefined,
    });
    cleanup.unshift(() => workers.stop());
  } catch (error) {
    for (const step of cleanup) await step().catch(() => undefined);
    throw error;
  }
  return { warehouse, stop: async () => { for (const step of cleanup) await step(); } };
}

function analyzerPart(ctx: Context, name: AnalyzerName, concurrency: number | undefined) {
  const profiles = loadProfiles();
  return { impl: createAnalyzer(name, ctx.env, profiles), profiles, piiPolicy: ctx.env.CALLSTREAM_PII_ENTITIES, concurrency: concurrency ?? ctx.env.CALLSTREAM_ANALYZER_CONCURRENCY };
}

/** Runs until SIGINT or SIGTERM, then leaves the groups cleanly. */
async function untilSignalled(pipeline: RunningPipeline, ctx: Context): Promise<void> {
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  ctx.logger.info('stopping');
  await pipeline.stop();
}

const roles = [
  { name: 'analyzer', analyzes: true, sinks: false, description: 'join the analyzer consumer group: call.completed → call.analytics, triggers and DLQ' },
  { name: 'sink', analyzes: false, sinks: true, description: 'join the sink consumer group: call.analytics → ClickHouse (and serve queries)' },
  { name: 'run', analyzes: true, sinks: true, description: 'analyzer and sink in one process' },
] as const;

export function pipelineCommands(program: Command): void {
  for (const role of roles) {
    const command = program.command(role.name).description(role.description);
    if (role.analyzes) {
      command
        .addOption(new Option('--analyzer <name>', 'which analyzer (default: CALLSTREAM_ANALYZER or local)').choices(['local', 'llm']))
        .option('--concurrency <n>', 'calls analyzed at once per batch', positiveInt(256));
    }
    command.action(async (opts: { analyzer?: AnalyzerName; concurrency?: number }) => {
      const ctx = createContext(`callstream-${role.name}`);
      const analyzer = role.analyzes ? (opts.analyzer ?? ctx.env.CALLSTREAM_ANALYZER) : null;
      await untilSignalled(await runPipeline(ctx, { analyzer, sink: role.sinks, concurrency: opts.concurrency }), ctx);
    });
  }
}
