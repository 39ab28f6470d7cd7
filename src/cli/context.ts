import type { Kafka } from 'kafkajs';
import { parseEnv, resolveEndpoints, type Endpoints, type Env } from '../config.js';
import { AvroCodec } from '../contracts/avro-codec.js';
import { createLogger, type Logger } from '../logger.js';
import { createKafka } from '../pipeline/kafka.js';
import { topicNames, type Topics } from '../pipeline/topics.js';

/** What every command that talks to the services needs, from the environment and the saved stack. */
export interface Context {
  env: Env;
  logger: Logger;
  endpoints: Endpoints;
  topics: Topics;
  kafka: Kafka;
  codec: AvroCodec;
}

export function createContext(clientId: string, env: Env = parseEnv()): Context {
  const logger = createLogger(env.LOG_LEVEL);
  const endpoints = resolveEndpoints(env);
  return {
    env,
    logger,
    endpoints,
    topics: topicNames(env.CALLSTREAM_TOPIC_PREFIX),
    kafka: createKafka(endpoints.brokers, clientId, logger),
    codec: new AvroCodec(endpoints.registryUrl),
  };
}
