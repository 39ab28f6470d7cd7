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
 * T[], T?, a|b (a union), map<T>, {a:T,b:U} (fields sorted). Avro timestamps and ClickHouse
 * DateTime64 are epoch-ms ints. ClickHouse has no nullable record: it stores one as a tuple of
 * Nullable elements (arrays empty), so a nullable record is compared without the nullability of
 * its fields.
 */
type Shapes = Record<string, string>;

const union = (members: string[]) => {
  const nonNull = members.filter((m) => m !== 'null');
  const body = nonNull.length === 1 ? nonNull[0]! : [...nonNull].sort().join('|');
  return nonNull.length < members.length ? nullable(body) : body;
};
const record = (fields: Array<[string, string]>) => `{${fields.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}:${v}`).join(',')}}`;
/** T? — for a record, its fields' own nullability is dropped (see above). */
const nullable = (shape: string) => (shape.startsWith('{') ? `${shape.replace(/\?/g, '')}?` : `${shape}?`);

const avroPrimitive: Record<string, string> = { string: 'string', int: 'int', long: 'int', double: 'number', float: 'number', boolean: 'boolean', null: 'null' };

function avroShape(type: unknown): string {
  if (typeof type === 'string') return avroPrimitive[type] ?? `?${type}`;
  if (Array.isArray(type)) return union(type.map(avroShape));
  const t = type as { type: string; symbols?: string[]; items?: unknown; values?: unknown; fields?: AvroRecordSchema['fields'] };
  switch (t.type) {
    case 'enum': return `enum(${t.symbols!.join('|')})`;
    case 'array': return `${avroShape(t.items)}[]`;
    case 'map': return `map<${avroShape(t.values)}>`;
    case 'record': return record(t.fields!.map((f) => [f.name, avroShape(f.type)]));
    default: return avroShape(t.type);
  }
}

const avroShapes = (schema: AvroRecordSchema): Shapes => Object.fromEntries(schema.fields.map((f) => [f.name, avroShape(f.type)]));

type JsonSchema = { type?: string | string[]; enum?: string[]; items?: JsonSchema; anyOf?: JsonSchema[]; properties?: Record<string, JsonSchema>; additionalProperties?: JsonSchema | boolean };

const jsonPrimitive: Record<string, string> = { string: 'string', integer: 'int', number: 'number', boolean: 'boolean', null: 'null' };

function jsonShape(s: JsonSchema): string {
  if (s.enum) return `enum(${s.enum.join('|')})`;
  if (s.anyOf) return union(s.anyOf.map(jsonShape));
  const types = Array.isArray(s.type) ? s.type : [s.type!];
  if (types.length > 1) return union(types.map((t) => jsonShape({ ...s, type: t })));
  const main = types[0]!;
  if (main === 'array') return `${jsonShape(s.items!)}[]`;
  if (main === 'object' && s.properties) return record(Object.entries(s.properties).map(([k, v]) => [k, jsonShape(v)]));
  if (main === 'object') return `map<${jsonShape(s.additionalProperties as JsonSchema)}>`;
  return jsonPrimitive[main] ?? `?${main}`;
}

const zodShapes = (schema: z.ZodType): Shapes =>
  Object.fromEntries(Object.entries((z.toJSONSchema(schema) as JsonSchema).properties!).map(([k, v]) => [k, jsonShape(v)]));

/** Splits "a, b(c, d), e" at its top-level commas. */
function topLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    current += ch;
  }
  return [...parts, current.trim()].filter((p) => p.length > 0);
}

function clickhouseShape(type: string): string {
  const wrapped = /^(\w+)\((.*)\)$/s.exec(type);
  if (wrapped) {
    const [, outer, inner] = wrapped as unknown as [string, string, string];
    switch (outer) {
      case 'LowCardinality': return clickhouseShape(inner);
      case 'Nullable': return nullable(clickhouseShape(inner));
      case 'Array': return `${clickhouseShape(inner)}[]`;
      case 'Map': return `map<${clickhouseShape(topLevel(inner)[1]!)}>`;
      // A Variant value may be NULL.
      case 'Variant': return union([...topLevel(inner).map(clickhouseShape), 'null']);
      case 'Enum8': return `enum(${[...inner.matchAll(/'([^']*)' = \d+/g)].map((m) => m[1]).join('|')})`;
      case 'Tuple': {
        const fields = topLevel(inner).map((f) => /^(\w+) (.*)$/s.exec(f)!).map((m): [string, string] => [m[1]!, clickhouseShape(m[2]!)]);
        const shape = record(fields);
        // Arrays cannot be Nullable in ClickHouse: a null record has them empty.
        return fields.every(([, v]) => v.endsWith('?') || v.endsWith('[]')) ? nullable(shape) : shape;
      }
      case 'DateTime64': return 'int';
    }
  }
  if (/^U?Int\d+$/.test(type)) return 'int';
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

  it('CallCompleted: zod rejects what Avro cannot, such as a call that ends before it starts', () => {
    const r = callCompletedSchema.safeParse({ callId: 'c', agentId: 'a', vertical: 'generic', language: 'en', startedAt: 10, endedAt: 5, fromNumber: '', toNumber: '', turns: [], metadata: {} });
    expect(r.success).toBe(false);
  });

  it('the shape vocabulary tells different types apart', () => {
    expect(avroShape({ type: 'enum', symbols: ['a', 'b'] })).not.toBe(clickhouseShape("Enum8('a' = 1, 'c' = 2)"));
    expect(clickhouseShape('Nullable(String)')).not.toBe(clickhouseShape('String'));
    expect(avroShape('double')).not.toBe(avroShape('long'));
    expect(clickhouseShape('Map(String, Variant(String, Bool))')).not.toBe(avroShape({ type: 'map', values: ['null', 'string', 'double', 'boolean'] }));
    expect(clickhouseShape('Tuple(a Nullable(Int32), b Nullable(String))')).not.toBe(avroShape(['null', { type: 'record', fields: [{ name: 'a', type: 'int' }] }]));
  });
});
