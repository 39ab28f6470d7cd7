import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKafkaReady, startLocalKafka } from './kafka-local.js';
import { devstackDir } from './paths.js';
import { isAlive, stopProcess } from './process.js';
import { isRegistryReady, startLocalRegistry } from './registry-local.js';

export type ServiceSource = 'env' | 'container' | 'local';

export interface ServiceInfo {
  source: ServiceSource;
  pid?: number;
  logFile?: string;
}

/** Where each service of a running stack is; saved as stack.json so other processes can find it. */
export interface Stack {
  dir: string;
  kafka: ServiceInfo & { brokers: string };
  registry: ServiceInfo & { url: string };
  /** A ClickHouse server URL, or the chDB data directory that one process at a time owns. */
  clickhouse: ServiceInfo & ({ url: string } | { chdbPath: string });
  containers: { ids: string[]; networkId?: string };
}

export const defaultStackDir = join(devstackDir, 'stack');

const stateFile = (dir: string) => join(dir, 'stack.json');

export function readStack(dir = defaultStackDir): Stack | null {
  return existsSync(stateFile(dir)) ? (JSON.parse(readFileSync(stateFile(dir), 'utf8')) as Stack) : null;
}

/**
 * Resolves each service in order: a URL from the environment, containers when a Docker engine
 * answers, else local processes that the project downloads and starts itself.
 */
export async function startStack(dir = defaultStackDir, env: NodeJS.ProcessEnv = process.env): Promise<Stack> {
  mkdirSync(dir, { recursive: true });
  // testcontainers is loaded only when something must start: it is slow to import, and most commands never need it.
  const docker = env.KAFKA_BROKERS ? null : await import('./containers.js');
  const containers = docker && (await docker.dockerAvailable()) ? await docker.startContainers() : null;
  const stack: Stack = {
    dir,
    kafka: { source: 'env', brokers: env.KAFKA_BROKERS ?? '' },
    registry: { source: 'env', url: env.SCHEMA_REGISTRY_URL ?? '' },
    clickhouse: env.CLICKHOUSE_URL ? { source: 'env', url: env.CLICKHOUSE_URL } : { source: 'local', chdbPath: join(dir, 'chdb') },
    containers: { ids: containers?.containers.map((c) => c.getId()) ?? [], networkId: containers?.network.getId() },
  };
  // Saved before each start, so `services stop` can clean up after a start that failed half-way.
  const save = () => writeFileSync(stateFile(dir), JSON.stringify(stack, null, 2));
  save();
  if (containers) {
    stack.kafka = { source: 'container', brokers: containers.brokers };
    if (!env.SCHEMA_REGISTRY_URL) stack.registry = { source: 'container', url: containers.registryUrl };
    if (!env.CLICKHOUSE_URL) stack.clickhouse = { source: 'container', url: containers.clickhouseUrl };
  }
  if (!stack.kafka.brokers) {
    const kafka = await startLocalKafka(join(dir, 'kafka'));
    stack.kafka = { source: 'local', brokers: kafka.brokers, pid: kafka.pid, logFile: kafka.logFile };
    save();
  }
  if (!stack.registry.url) {
    const registry = await startLocalRegistry(join(dir, 'registry'), stack.kafka.brokers);
    stack.registry = { source: 'local', url: registry.url, pid: registry.pid, logFile: registry.logFile };
  }
  save();
  return stack;
}

/** Stops what the stack started itself; services from the environment are left alone. */
export async function stopStack(stack: Stack, opts: { removeData?: boolean } = {}): Promise<void> {
  // Both at once: an interrupted test run may have only a few seconds before it is gone.
  await Promise.all([stack.registry, stack.kafka].map((service) => (service.pid ? stopProcess(service.pid) : undefined)));
  if (stack.containers.ids.length > 0) {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await getContainerRuntimeClient();
    for (const id of stack.containers.ids) await client.container.getById(id).remove({ force: true }).catch(() => undefined);
    if (stack.containers.networkId) await client.network.getById(stack.containers.networkId).remove().catch(() => undefined);
  }
  if (opts.removeData) rmSync(stack.dir, { recursive: true, force: true });
  else rmSync(stateFile(stack.dir), { force: true });
}

export interface ServiceStatus {
  name: string;
  source: ServiceSource;
  where: string;
  up: boolean;
}

export async function stackStatus(stack: Stack): Promise<ServiceStatus[]> {
  const up = (pid: number | undefined, probe: () => Promise<boolean>) =>
    pid !== undefined && !isAlive(pid) ? Promise.resolve(false) : probe().catch(() => false);
  const ch = stack.clickhouse;
  return [
    { name: 'kafka', source: stack.kafka.source, where: stack.kafka.brokers, up: await up(stack.kafka.pid, () => isKafkaReady(stack.kafka.brokers)) },
    { name: 'registry', source: stack.registry.source, where: stack.registry.url, up: await up(stack.registry.pid, () => isRegistryReady(stack.registry.url)) },
    'url' in ch
      ? { name: 'clickhouse', source: ch.source, where: ch.url, up: await up(undefined, async () => (await fetch(`${ch.url}/ping`)).ok) }
      : { name: 'clickhouse', source: ch.source, where: `chdb ${ch.chdbPath}`, up: true },
  ];
}
