import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaLibs } from './downloads.js';
import { freePort } from './free-port.js';
import { run, startDetached, waitUntilReady, type RunningProcess } from './process.js';

export interface LocalKafka extends RunningProcess {
  brokers: string;
}

function serverProperties(dataDir: string, brokerPort: number, controllerPort: number): string {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${brokerPort},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${brokerPort}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    `log.dirs=${dataDir}`,
    // One node: internal topics cannot have more replicas than brokers.
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    // Topics are created by `callstream migrate` with their configs, never by accident.
    'auto.create.topics.enable=false',
    '',
  ].join('\n');
}

const log4jProperties = [
  'rootLogger.level=INFO',
  'rootLogger.appenderRef.stdout.ref=STDOUT',
  'appender.stdout.type=Console',
  'appender.stdout.name=STDOUT',
  'appender.stdout.layout.type=PatternLayout',
  'appender.stdout.layout.pattern=[%d] %p %m (%c)%n',
  '',
].join('\n');

export async function isKafkaReady(brokers: string): Promise<boolean> {
  const admin = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.controller !== null && cluster.brokers.length > 0;
  } finally {
    await admin.disconnect();
  }
}

/** The cluster id the data directory was formatted with; a restart must present the same one. */
function clusterId(dir: string): string {
  const file = join(dir, 'cluster.id');
  if (!existsSync(file)) writeFileSync(file, randomUUID());
  return readFileSync(file, 'utf8').trim();
}

/** A single-node KRaft broker+controller on free loopback ports, with its data under dir. */
export async function startLocalKafka(dir: string): Promise<LocalKafka> {
  const libs = await kafkaLibs();
  mkdirSync(dir, { recursive: true });
  const [brokerPort, controllerPort] = [await freePort(), await freePort()];
  const props = join(dir, 'server.properties');
  writeFileSync(props, serverProperties(join(dir, 'data'), brokerPort, controllerPort));
  writeFileSync(join(dir, 'log4j2.properties'), log4jProperties);
  const classpath = `${libs}/*`;
  const jvm = [`-Dlog4j2.configurationFile=${join(dir, 'log4j2.properties')}`, '-Xms256m', '-Xmx768m', '-cp', classpath];
  await run('java', [...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId(dir), '-c', props, '--ignore-formatted']);
  const proc = startDetached('java', [...jvm, 'kafka.Kafka', props], { cwd: dir, logFile: join(dir, 'kafka.log') });
  const brokers = `127.0.0.1:${brokerPort}`;
  await waitUntilReady('Kafka', proc, () => isKafkaReady(brokers), 90_000);
  return { ...proc, brokers };
}
