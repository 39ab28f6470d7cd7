import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../services/paths.js';
import type { Warehouse } from './warehouse.js';

const migrationsDir = join(projectRoot, 'clickhouse');

/** Splits a migration file into statements: `--` comments dropped, `;` at a line end closes one. */
function statementsOf(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Runs every clickhouse/*.sql file in name order; each statement is idempotent (IF NOT EXISTS). */
export async function migrateWarehouse(warehouse: Warehouse, dir = migrationsDir): Promise<string[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  for (const file of files) {
    for (const statement of statementsOf(readFileSync(join(dir, file), 'utf8'))) await warehouse.command(statement);
  }
  return files;
}
