import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { dedupSettings, type QueryParams, type Warehouse } from './warehouse.js';

/** A ClickHouse server through @clickhouse/client; the database is created if missing. */
export class HttpWarehouse implements Warehouse {

  private constructor(private readonly client: ClickHouseClient) {}

  static async connect(url: string, database: string): Promise<HttpWarehouse> {
    const bootstrap = createClient({ url });
    try {
      await bootstrap.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
    } finally {
      await bootstrap.close();
    }
    return new HttpWarehouse(createClient({ url, database }));
  }

  async command(sql: string): Promise<void> {
    await this.client.command({ query: sql });
  }

  async query<T>(sql: string, params: QueryParams = {}): Promise<T[]> {
    const result = await this.client.query({ query: sql, query_params: params, format: 'JSONEachRow' });
    return result.json<T>();
  }

  async insert(table: string, rows: readonly object[], opts: { dedupToken?: string } = {}): Promise<void> {
    if (rows.length === 0) return;
    await this.client.insert({ table, values: rows as object[], format: 'JSONEachRow', clickhouse_settings: dedupSettings(opts.dedupToken) });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
