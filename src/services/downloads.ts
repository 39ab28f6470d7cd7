import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { downloadsDir, projectRoot } from './paths.js';
import { run } from './process.js';

export const KAFKA_VERSION = '4.1.1';
export const APICURIO_VERSION = '3.3.3';

/**
 * Fills a download folder once: fill() writes into a scratch folder that is renamed into place only
 * when complete, so an interrupted download is never mistaken for a finished one.
 */
async function ensureFolder(name: string, fill: (scratch: string) => Promise<void>): Promise<string> {
  const target = join(downloadsDir, name);
  if (existsSync(target)) return target;
  const scratch = `${target}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  try {
    await fill(scratch);
    if (!existsSync(target)) renameSync(scratch, target);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return target;
}

const mvnArgs = ['-q', '-B', '-ntp'];

/** The Kafka broker's class path, resolved from Maven Central (cached in ~/.m2 and .devstack). */
export function kafkaLibs(): Promise<string> {
  return ensureFolder(`kafka-${KAFKA_VERSION}`, async (scratch) => {
    const pom = join(projectRoot, 'src/services/maven/kafka.pom.xml');
    await run('mvn', [...mvnArgs, '-f', pom, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${join(scratch, 'libs')}`]);
  }).then((dir) => join(dir, 'libs'));
}

/** Apicurio Registry's Quarkus application, from its `all` tar.gz on Maven Central. */
export function apicurioApp(): Promise<string> {
  return ensureFolder(`apicurio-registry-${APICURIO_VERSION}`, async (scratch) => {
    const artifact = `io.apicurio:apicurio-registry-app:${APICURIO_VERSION}:tar.gz:all`;
    await run('mvn', [...mvnArgs, 'dependency:copy', `-Dartifact=${artifact}`, `-DoutputDirectory=${scratch}`]);
    await run('tar', ['-xzf', join(scratch, `apicurio-registry-app-${APICURIO_VERSION}-all.tar.gz`), '-C', scratch]);
    rmSync(join(scratch, `apicurio-registry-app-${APICURIO_VERSION}-all.tar.gz`));
  });
}
