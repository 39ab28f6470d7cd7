import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { devstackDir } from '../../src/services/paths.js';
import { startStack, stopStack, type Stack } from '../../src/services/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    brokers: string;
    registryUrl: string;
    clickhouseUrl: string | null;
  }
}

let stack: Stack | undefined;

/** One stack for the integration run: env URLs when set, else containers or local processes. */
export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  stack = await startStack(join(devstackDir, `test-${process.pid}`));
  project.provide('brokers', stack.kafka.brokers);
  project.provide('registryUrl', stack.registry.url);
  project.provide('clickhouseUrl', 'url' in stack.clickhouse ? stack.clickhouse.url : null);
  // An interrupted run (Ctrl-C) stops the services too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void teardown().finally(() => process.exit(130)));
  console.log(`services: kafka ${stack.kafka.source}, registry ${stack.registry.source}, clickhouse ${stack.clickhouse.source} (ready in ${Date.now() - started} ms)`);
}

/** Runs even when tests fail, so no service outlives the run. */
export async function teardown(): Promise<void> {
  const started = stack;
  stack = undefined;
  if (started) await stopStack(started, { removeData: true });
}
