/** Query parameters use ClickHouse's `{name:Type}` placeholders, bound by the server, never spliced. */
export type QueryParams = Record<string, string | number | boolean | readonly string[]>;

/** The one seam between the pipeline and ClickHouse: an embedded chDB or a server over HTTP. */
export interface Warehouse {
  command(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: QueryParams): Promise<T[]>;
  /** Inserts rows as JSONEachRow; a retry with the same dedupToken is dropped by ClickHouse, views included. */
  insert(table: string, rows: readonly object[], opts?: { dedupToken?: string }): Promise<void>;
  close(): Promise<void>;
  /** Tells other processes where this process serves queries, when they cannot open the warehouse themselves (chDB). */
  announceQueryUrl?(url: string): void;
}

export function dedupSettings(dedupToken: string | undefined): Record<string, string | number> {
  return dedupToken ? { insert_deduplication_token: dedupToken, deduplicate_blocks_in_dependent_materialized_views: 1 } : {};
}
