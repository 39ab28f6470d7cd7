import type { Endpoints } from '../config.js';
import { ChdbWarehouse } from './chdb-warehouse.js';
import { HttpWarehouse } from './http-warehouse.js';
import type { Warehouse } from './warehouse.js';

export function openWarehouse(target: Endpoints['clickhouse']): Promise<Warehouse> {
  return 'url' in target ? HttpWarehouse.connect(target.url, target.database) : Promise.resolve(new ChdbWarehouse(target.chdbPath));
}
