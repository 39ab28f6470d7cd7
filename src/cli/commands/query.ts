import { Argument, Option, type Command } from 'commander';
import { currentOwner } from '../../warehouse/chdb-owner.js';
import { queryNames, runNamedQuery, type QueryRequest, type QueryResult } from '../../warehouse/named-queries.js';
import { openWarehouse } from '../../warehouse/open-warehouse.js';
import { createContext } from '../context.js';
import { duration, positiveInt } from '../options.js';
import { renderTable } from '../table.js';

async function askOwner(queryUrl: string, req: QueryRequest): Promise<QueryResult> {
  const params = new URLSearchParams({ since: req.since, bucket: req.bucket, by: req.by, limit: String(req.limit) });
  const res = await fetch(`${queryUrl}/v1/query/${req.name}?${params}`);
  const body = (await res.json()) as QueryResult | { error: string };
  if (!res.ok || !Array.isArray(body)) throw new Error(`query failed: ${'error' in body ? body.error : res.status}`);
  return body;
}

/** A chDB directory owned by a running sink is read through that sink; anything else directly. */
async function queryWarehouse(req: QueryRequest): Promise<QueryResult> {
  const ctx = createContext('callstream-query');
  const target = ctx.endpoints.clickhouse;
  const owner = 'chdbPath' in target ? currentOwner(target.chdbPath) : null;
  if (owner?.queryUrl) return askOwner(owner.queryUrl, req);
  const wh = await openWarehouse(target);
  try {
    return await runNamedQuery(wh, req);
  } finally {
    await wh.close();
  }
}

export function queryCommand(program: Command): void {
  program
    .command('query')
    .description('trends, the agent leaderboard, per-agent conversation metrics, top leads or the intent mix from ClickHouse')
    .addArgument(new Argument('<name>', 'which query').choices(queryNames))
    .option('--since <duration>', 'time window back from now: 30m, 24h, 7d, 2w', duration, '24h')
    .addOption(new Option('--bucket <size>', 'trend bucket').choices(['hour', 'day']).default('hour'))
    .addOption(new Option('--by <dimension>', 'group trends and intents by').choices(['agent', 'vertical', 'language']).default('vertical'))
    .option('--limit <n>', 'rows for top-leads', positiveInt(10_000), 10)
    .option('--json', 'print JSON instead of a table')
    .action(async (name: QueryRequest['name'], opts: Omit<QueryRequest, 'name'> & { json?: boolean }) => {
      const rows = await queryWarehouse({ name, since: opts.since, bucket: opts.bucket, by: opts.by, limit: opts.limit });
      console.log(opts.json ? JSON.stringify(rows, null, 2) : renderTable(rows));
    });
}
