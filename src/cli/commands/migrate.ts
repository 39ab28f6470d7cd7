import type { Command } from 'commander';
import { createTopics, registerSchemas } from '../../pipeline/migrate-kafka.js';
import { ChdbBusyError } from '../../warehouse/chdb-owner.js';
import { migrateWarehouse } from '../../warehouse/migrate.js';
import { openWarehouse } from '../../warehouse/open-warehouse.js';
import { createContext, type Context } from '../context.js';

/** Topics with their configs, registry subjects and ClickHouse DDL; safe to run again. */
export async function migrateAll(ctx: Context, opts: { warehouse: boolean }): Promise<string[]> {
  const report: string[] = [];
  const created = await createTopics(ctx.kafka, ctx.topics, ctx.env.CALLSTREAM_PARTITIONS);
  report.push(`topics: ${created.length ? `created ${created.join(', ')}` : 'all present'}`);
  const ids = await registerSchemas(ctx.endpoints.registryUrl, ctx.codec, ctx.topics);
  report.push(`schemas: ${Object.entries(ids).map(([s, id]) => `${s}=${id}`).join(', ')}`);
  if (opts.warehouse) {
    try {
      const wh = await openWarehouse(ctx.endpoints.clickhouse);
      try {
        report.push(`clickhouse: ${(await migrateWarehouse(wh)).join(', ')}`);
      } finally {
        await wh.close();
      }
    } catch (error) {
      if (!(error instanceof ChdbBusyError)) throw error;
      report.push('clickhouse: owned by a running sink, which migrated it when it started');
    }
  }
  return report;
}

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('create topics (call.analytics compacted), register Avro subjects, apply clickhouse/*.sql; idempotent')
    .action(async () => {
      const ctx = createContext('callstream-migrate');
      for (const line of await migrateAll(ctx, { warehouse: true })) console.log(line);
    });
}
