import { z } from 'zod';
import { readStack } from './services/stack.js';

const positiveInt = z.coerce.number().int().positive();

/** Every setting the processes read from the environment, validated once at start. */
const envSchema = z.object({
  KAFKA_BROKERS: z.string().regex(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, 'expected host:port[,host:port...]').optional(),
  SCHEMA_REGISTRY_URL: z.url().optional(),
  CLICKHOUSE_URL: z.url().optional(),
  CLICKHOUSE_DATABASE: z.string().regex(/^\w+$/).default('callstream'),
  CHDB_PATH: z.string().min(1).optional(),
  CALLSTREAM_TOPIC_PREFIX: z.string().regex(/^[\w.-]*$/).default(''),
  CALLSTREAM_PARTITIONS: positiveInt.max(1000).default(6),
  CALLSTREAM_HOT_LEAD_THRESHOLD: z.coerce.number().int().min(0).max(100).default(70),
  CALLSTREAM_ANALYZER_GROUP: z.string().min(1).default('callstream-analyzer'),
  CALLSTREAM_SINK_GROUP: z.string().min(1).default('callstream-sink'),
  CALLSTREAM_ANALYZER: z.enum(['local', 'llm']).default('local'),
  CALLSTREAM_PII_ENTITIES: z.enum(['keep', 'mask', 'drop']).default('mask'),
  CALLSTREAM_ANALYZER_CONCURRENCY: positiveInt.max(256).default(8),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  CALLSTREAM_LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; a bad value fails fast with the variable's name. */
export function parseEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(blanksRemoved);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`invalid ${issue.path.join('.')}=${JSON.stringify(env[String(issue.path[0])])}: ${issue.message}`);
  }
  return result.data;
}

export interface Endpoints {
  brokers: string[];
  registryUrl: string;
  clickhouse: { url: string; database: string } | { chdbPath: string };
}

/** Service addresses: the environment first, else the stack that `callstream services start` saved. */
export function resolveEndpoints(env: Env): Endpoints {
  const stack = readStack();
  const brokers = env.KAFKA_BROKERS ?? stack?.kafka.brokers;
  const registryUrl = env.SCHEMA_REGISTRY_URL ?? stack?.registry.url;
  if (!brokers) throw new ConfigError('no Kafka: set KAFKA_BROKERS or run `callstream services start`');
  if (!registryUrl) throw new ConfigError('no schema registry: set SCHEMA_REGISTRY_URL or run `callstream services start`');
  const stackClickhouse = stack?.clickhouse;
  const clickhouse = env.CLICKHOUSE_URL
    ? { url: env.CLICKHOUSE_URL, database: env.CLICKHOUSE_DATABASE }
    : env.CHDB_PATH
      ? { chdbPath: env.CHDB_PATH }
      : stackClickhouse && 'url' in stackClickhouse
        ? { url: stackClickhouse.url, database: env.CLICKHOUSE_DATABASE }
        : stackClickhouse
          ? { chdbPath: stackClickhouse.chdbPath }
          : null;
  if (!clickhouse) throw new ConfigError('no ClickHouse: set CLICKHOUSE_URL or CHDB_PATH, or run `callstream services start`');
  return { brokers: brokers.split(','), registryUrl, clickhouse };
}
