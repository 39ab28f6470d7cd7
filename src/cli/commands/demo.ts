import type { Command } from 'commander';
import { parseEnv } from '../../config.js';
import { waitForCatchUp } from '../../pipeline/lag.js';
import { readStack, stackStatus, startStack, stopStack, type Stack } from '../../services/stack.js';
import { runNamedQuery } from '../../warehouse/named-queries.js';
import { createContext } from '../context.js';
import { positiveInt } from '../options.js';
import { renderTable } from '../table.js';
import { migrateAll } from './migrate.js';
import { runPipeline } from './pipeline.js';
import { simulate } from './simulate.js';

async function runningOrNewStack(say: (s: string) => void): Promise<{ stack: Stack; startedHere: boolean }> {
  const running = readStack();
  if (running && (await stackStatus(running)).every((s) => s.up)) return { stack: running, startedHere: false };
  say('starting Kafka, Apicurio Registry and ClickHouse (the first time downloads them from Maven Central)…');
  return { stack: await startStack(), startedHere: true };
}

export function demoCommand(program: Command): void {
  program
    .command('demo')
    .description('start the services, migrate, simulate calls, run the pipeline until all are analyzed, print a leaderboard and a trend')
    .option('-n, --count <n>', 'calls to simulate', positiveInt(1_000_000), 500)
    .option('--seed <n>', 'random seed', positiveInt(2 ** 31), 7)
    .option('--keep', 'leave the services running afterwards (then try `callstream query leaderboard`)')
    .action(async (opts: { count: number; seed: number; keep?: boolean }) => {
      const started = Date.now();
      const say = (s: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${s}`);
      const { stack, startedHere } = await runningOrNewStack(say);
      const ch = stack.clickhouse;
      const ctx = createContext('callstream-demo', parseEnv({
        LOG_LEVEL: 'warn',
        ...process.env,
        KAFKA_BROKERS: stack.kafka.brokers,
        SCHEMA_REGISTRY_URL: stack.registry.url,
        ...('url' in ch ? { CLICKHOUSE_URL: ch.url } : { CHDB_PATH: ch.chdbPath }),
      }));
      try {
        for (const line of await migrateAll(ctx, { warehouse: false })) say(line);
        const pipeline = await runPipeline(ctx, { analyzer: 'local', sink: true });
        try {
          say(`simulating ${opts.count} calls (seed ${opts.seed})…`);
          await simulate(ctx, { count: opts.count, seed: opts.seed, agents: 12 });
          await waitForCatchUp(ctx.kafka, ctx.env.CALLSTREAM_ANALYZER_GROUP, ctx.topics.completed, 600_000);
          say('all calls analyzed');
          await waitForCatchUp(ctx.kafka, ctx.env.CALLSTREAM_SINK_GROUP, ctx.topics.analytics, 600_000);
          say('all analytics in ClickHouse');
          const wh = pipeline.warehouse!;
          console.log('\nAgent leaderboard, last 24 h\n');
          console.log(renderTable(await runNamedQuery(wh, { name: 'leaderboard', since: '24h', bucket: 'hour', by: 'agent', limit: 10 })));
          console.log('\nSentiment trend by vertical, last 24 h, daily buckets\n');
          console.log(renderTable(await runNamedQuery(wh, { name: 'trends', since: '24h', bucket: 'day', by: 'vertical', limit: 10 })));
          console.log('\nTop leads\n');
          const leads = await runNamedQuery(wh, { name: 'top-leads', since: '24h', bucket: 'hour', by: 'vertical', limit: 5 });
          const columns = ['callId', 'agentId', 'vertical', 'leadScore', 'intent', 'nextAction'];
          console.log(renderTable(leads.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? ''])))));
          console.log('');
        } finally {
          await pipeline.stop();
        }
      } finally {
        if (startedHere && !opts.keep) await stopStack(stack);
      }
      say(opts.keep || !startedHere ? 'done; services still running (`npm run services -- stop` stops them)' : 'done; services stopped');
    });
}
