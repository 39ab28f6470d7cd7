import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apicurioApp } from './downloads.js';
import { freePort } from './free-port.js';
import { findJava } from './java.js';
import { startDetached, waitUntilReady, type RunningProcess } from './process.js';

export interface LocalRegistry extends RunningProcess {
  url: string;
}

/** The Confluent-compatible API of Apicurio Registry, which @kafkajs/confluent-schema-registry speaks. */
export const CCOMPAT_PATH = '/apis/ccompat/v7';

export async function isRegistryReady(url: string): Promise<boolean> {
  const res = await fetch(`${url}/subjects`, { signal: AbortSignal.timeout(2_000) });
  return res.ok;
}

/**
 * Apicurio Registry with storage kind kafkasql: its schemas live in a Kafka topic, so a restarted
 * registry still resolves every schema id a stored message carries.
 */
export async function startLocalRegistry(dir: string, brokers: string): Promise<LocalRegistry> {
  const [app, java] = await Promise.all([apicurioApp(), findJava(21, 'Apicurio Registry')]);
  mkdirSync(dir, { recursive: true });
  const [httpPort, managementPort] = [await freePort(), await freePort()];
  // A class-data archive written on the first start makes later starts of the JVM faster (JDK 19+).
  const classData = ['-XX:+AutoCreateSharedArchive', `-XX:SharedArchiveFile=${join(app, 'class-data.jsa')}`];
  const proc = startDetached(java, [...classData, '-Xms128m', '-Xmx512m', '-jar', join(app, 'quarkus-run.jar')], {
    cwd: dir,
    logFile: join(dir, 'registry.log'),
    env: {
      APICURIO_STORAGE_KIND: 'kafkasql',
      APICURIO_KAFKASQL_BOOTSTRAP_SERVERS: brokers,
      QUARKUS_HTTP_HOST: '127.0.0.1',
      QUARKUS_HTTP_PORT: String(httpPort),
      QUARKUS_MANAGEMENT_HOST: '127.0.0.1',
      QUARKUS_MANAGEMENT_PORT: String(managementPort),
    },
  });
  const url = `http://127.0.0.1:${httpPort}${CCOMPAT_PATH}`;
  const readiness = `http://127.0.0.1:${managementPort}/health/ready`;
  await waitUntilReady(
    'Apicurio Registry',
    proc,
    async () => (await fetch(readiness, { signal: AbortSignal.timeout(2_000) })).ok && (await isRegistryReady(url)),
    180_000,
  );
  return { ...proc, url };
}
