import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callAnalyticsAvro, callCompletedAvro, type AvroRecordSchema } from '../../src/contracts/avro-schemas.js';
import { callAnalyticsSchema } from '../../src/contracts/call-analytics.js';
import { callCompletedSchema } from '../../src/contracts/call-completed.js';
import { ChdbWarehouse } from '../../src/warehouse/chdb-warehouse.js';
import { migrateWarehouse } from '../../src/warehouse/migrate.js';

/**
 * Each side is reduced to one vocabulary of shapes: string, int, number, boolean, enum(a|b),
 * T[], T?, map<T>, {record}. Avro timestamps and ClickHouse DateTime64 are epoch-ms ints.
 */
type Shapes = Record<string, string>;

function avroShape(type: unknown): string {
  if (typeof type === 'string') return ({ string: 'string', int: 'int', long: 'int', double: 'number', float: 'number', boolean: 'boolean' } as Record<string, string>)[type] ?? `?${type}`;
  if (Array.isArray(type)) {
    const nonNull = type.filter((t) => t !== 'null');
    return `${avroShape(nonNull[0])}${type.includes('null') ? '?' : ''}`;
  }
  const t = type as { type: string; symbols?: string[]; items?: unknown; values?: unknown; fields?: AvroRecordSchema['fields'] };
  switch (t.type) {
    case 'enum': return `enum(${t.symbols!.join('|')})`;
    case 'array': return `${avroShape(t.items)}[]`;
    case 'map': return `map<${avroShape(t.values)}>`;
    case 'record': return `{${t.fields!.map((f) => `${f.name}:${avroShape(f.type)}`).join(',')}}`;
    default: return avroShape(t.type);
  }
}

const avroShapes = (schema: AvroRecordSchema): Shapes => Object.fromEntries(schema.fields.map((f) => [f.name, avroShape(f.type)]));

type JsonSchema = { type?: string | string[]; enum?: string[]; items?: JsonSchema; properties?: Record<string, JsonSchema>; additionalProperties?: JsonSchema | boolean };

function jsonShape(s: JsonSchema): string {
  if (s.enum) return `enum(${s.enum.join('|')})`;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const nullable = types.includes('null') ? '?' : '';
  const main = types.find((t) => t !== 'null');
  if (main === 'array') return `${jsonShape(s.items!)}[]${nullable}`;
  if (main === 'object' && s.properties) return `{${Object.entries(s.properties).map(([k, v]) => `${k}:${jsonShape(v)}`).join(',')}}`;
  if (main === 'object') return `map<${jsonShape(s.additionalProperties as JsonSchema)}>`;
  return `${({ string: 'string', integer: 'int', number: 'number', boolean: 'boolean' } as Record<string, string>)[main!]}${nullable}`;
}

const zodShapes = (schema: z.ZodType): Shapes =>
  Object.fromEntries(Object.entries((z.toJSONSchema(schema) as JsonSchema).properties!).map(([k, v]) => [k, jsonShape(v)]));

function clickhouseShape(type: string): string {
  const inner = /^(LowCardinality|Nullable|Array)\((.*)\)$/.exec(type);
  if (inner) {
    const shape = clickhouseShape(inner[2]!);
    return inner[1] === 'Nullable' ? `${shape}?` : inner[1] === 'Array' ? `${shape}[]` : shape;
  }
  const enumMatch = /^Enum8\((.*)\)$/.exec(type);
  if (enumMatch) return `enum(${[...enumMatch[1]!.matchAll(/'([^']*)' = \d+/g)].map((m) => m[1]).join('|')})`;
  if (/^U?Int\d+$/.test(type) || type.startsWith('DateTime64')) return 'int';
  return ({ String: 'string', Float64: 'number', Bool: 'boolean' } as Record<string, string>)[type] ?? `?${type}`;
}

describe('contracts: Avro, zod and ClickHouse agree', () => {
  let dir: string;
  let wh: ChdbWarehouse;
  const columns = async (table: string): Promise<Shapes> =>
    Object.fromEntries((await wh.query<{ name: string; type: string }>(`DESCRIBE TABLE ${table}`)).map((c) => [c.name, clickhouseShape(c.type)]));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'callstream-contracts-'));
    wh = new ChdbWarehouse(join(dir, 'chdb'));
    await migrateWarehouse(wh);
  });
  afterAll(async () => {
    await wh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('CallCompleted: the Avro schema and the zod schema have the same fields and shapes', () => {
    expect(zodShapes(callCompletedSchema)).toEqual(avroShapes(callCompletedAvro));
  });

  it('CallAnalytics: the Avro schema and the zod schema have the same fields and shapes', () => {
    expect(zodShapes(callAnalyticsSchema)).toEqual(avroShapes(callAnalyticsAvro));
  });

  it('CallAnalytics: the latest-state table has exactly the contract columns plus its version', async () => {
    const { version, ...rest } = await columns('call_analytics_latest');
    expect(version).toBe('int');
    expect(rest).toEqual(avroShapes(callAnalyticsAvro));
  });

  it('CallAnalytics: the changes table has the contract columns plus sign, version and source position', async () => {
    const { sign, version, sourceTopic, sourcePartition, sourceOffset, ...rest } = await columns('call_analytics_changes');
    expect([sign, version, sourceTopic, sourcePartition, sourceOffset]).toEqual(['int', 'int', 'string', 'int', 'int']);
    expect(rest).toEqual(avroShapes(callAnalyticsAvro));
  });

  it('the shape vocabulary tells different types apart', () => {
    expect(avroShape({ type: 'enum', symbols: ['a', 'b'] })).not.toBe(clickhouseShape("Enum8('a' = 1, 'c' = 2)"));
    expect(clickhouseShape('Nullable(String)')).not.toBe(clickhouseShape('String'));
    expect(avroShape('double')).not.toBe(avroShape('long'));
  });
});
