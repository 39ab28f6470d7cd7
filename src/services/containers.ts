import { GenericContainer, getContainerRuntimeClient, Network, Wait, type StartedNetwork, type StartedTestContainer } from 'testcontainers';
import { freePort } from './free-port.js';
import { APICURIO_VERSION, KAFKA_VERSION } from './downloads.js';
import { CCOMPAT_PATH } from './registry-local.js';

/** True when a Docker (or compatible) engine answers; CALLSTREAM_CONTAINERS=off forces local processes. */
export async function dockerAvailable(): Promise<boolean> {
  if (process.env.CALLSTREAM_CONTAINERS === 'off') return false;
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

interface ContainerStack {
  network: StartedNetwork;
  containers: StartedTestContainer[];
  brokers: string;
  registryUrl: string;
  clickhouseUrl: string;
}

const INTERNAL_KAFKA = 'kafka:19092';

async function startKafka(network: StartedNetwork): Promise<{ container: StartedTestContainer; brokers: string }> {
  // The advertised port must equal the host port, so it is chosen before the container starts.
  const port = await freePort();
  const container = await new GenericContainer(`apache/kafka:${KAFKA_VERSION}`)
    .withNetwork(network)
    .withNetworkAliases('kafka')
    .withExposedPorts({ container: port, host: port })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: `PLAINTEXT://0.0.0.0:${port},INTERNAL://0.0.0.0:19092,CONTROLLER://0.0.0.0:9093`,
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${port},INTERNAL://${INTERNAL_KAFKA}`,
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT',
      KAFKA_INTER_BROKER_LISTENER_NAME: 'INTERNAL',
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .start();
  return { container, brokers: `127.0.0.1:${port}` };
}

/** Kafka, Apicurio Registry (kafkasql) and a ClickHouse server as containers on one network. */
export async function startContainers(): Promise<ContainerStack> {
  const network = await new Network().start();
  const kafka = await startKafka(network);
  const [registry, clickhouse] = await Promise.all([
    new GenericContainer(`apicurio/apicurio-registry:${APICURIO_VERSION}`)
      .withNetwork(network)
      .withEnvironment({ APICURIO_STORAGE_KIND: 'kafkasql', APICURIO_KAFKASQL_BOOTSTRAP_SERVERS: INTERNAL_KAFKA })
      .withExposedPorts(8080)
      .withWaitStrategy(Wait.forHttp(`${CCOMPAT_PATH}/subjects`, 8080).withStartupTimeout(180_000))
      .start(),
    new GenericContainer('clickhouse/clickhouse-server:25.8')
      .withEnvironment({ CLICKHOUSE_SKIP_USER_SETUP: '1' })
      .withExposedPorts(8123)
      .withWaitStrategy(Wait.forHttp('/ping', 8123))
      .start(),
  ]);
  return {
    network,
    containers: [kafka.container, registry, clickhouse],
    brokers: kafka.brokers,
    registryUrl: `http://${registry.getHost()}:${registry.getMappedPort(8080)}${CCOMPAT_PATH}`,
    clickhouseUrl: `http://${clickhouse.getHost()}:${clickhouse.getMappedPort(8123)}`,
  };
}
