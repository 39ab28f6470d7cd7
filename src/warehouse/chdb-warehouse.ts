import { Session } from 'chdb';
import { claimChdb } from './chdb-owner.js';
import { dedupSettings, type QueryParams, type Warehouse } from './warehouse.js';

function parseEachRow<T>(text: string): T[] {
  return text.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as T);
}

/** ClickHouse in-process. libchdb binds one data directory per process, so one Session per process. */
export class ChdbWarehouse implements Warehouse {
  private readonly session: Session;
  private readonly claim: ReturnType<typeof claimChdb>;

  constructor(readonly path: string) {
    this.claim = claimChdb(path);
    this.session = new Session(path);
  }

  /** Tells other processes where this owner answers queries (see chdb-owner.ts). */
  announceQueryUrl(url: string): void {
    this.claim.setQueryUrl(url);
  }

  async command(sql: string): Promise<void> {
    await this.session.queryAsync(sql, { format: 'Null' });
  }

  async query<T>(sql: string, params: QueryParams = {}): Promise<T[]> {
    const result = await this.session.queryBindAsync(sql, params, { format: 'JSONEachRow' });
    return parseEachRow<T>(result.text());
  }

  async insert(table: string, rows: readonly object[], opts: { dedupToken?: string } = {}): Promise<void> {
    if (rows.length === 0) return;
    await this.session.insert({
      table,
      format: 'JSONEachRow',
      values: Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n')),
      settings: dedupSettings(opts.dedupToken),
    });
  }

  async close(): Promise<void> {
    this.session.close();
    this.claim.release();
  }
}
