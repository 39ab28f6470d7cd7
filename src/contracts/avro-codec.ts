import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import type { AvroRecordSchema } from './avro-schemas.js';
import { schemaIdOf } from './wire-format.js';

/** Why a message could not be decoded; each is a DLQ reason. */
export type DecodeFailure = 'not_wire_format' | 'unknown_schema_id' | 'avro_decode_failed';

export class DecodeError extends Error {
  constructor(readonly reason: DecodeFailure, message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** TopicNameStrategy: the value schema of topic T is registered under subject `T-value`. */
export const valueSubject = (topic: string) => `${topic}-value`;

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : undefined;
}

/** Avro values in the Confluent wire format, with schemas from a Confluent-compatible registry. */
export class AvroCodec {
  private readonly registry: SchemaRegistry;
  private readonly latestIds = new Map<string, number>();

  constructor(registryUrl: string) {
    this.registry = new SchemaRegistry({ host: registryUrl });
  }

  /** Registers (or finds) the schema under the subject; the registry rejects an incompatible change. */
  async register(subject: string, schema: AvroRecordSchema): Promise<number> {
    const { id } = await this.registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(schema) }, { subject });
    this.latestIds.set(subject, id);
    return id;
  }

  private async schemaIdFor(subject: string): Promise<number> {
    const cached = this.latestIds.get(subject);
    if (cached !== undefined) return cached;
    const id = await this.registry.getLatestSchemaId(subject);
    this.latestIds.set(subject, id);
    return id;
  }

  async encode(subject: string, value: unknown): Promise<Buffer> {
    return this.registry.encode(await this.schemaIdFor(subject), value);
  }

  /**
   * Decodes a message value. Failures that are the message's fault throw DecodeError (a DLQ
   * reason); a registry that cannot be reached throws anything else, and the consumer retries.
   */
  async decode(bytes: Buffer | null): Promise<unknown> {
    const id = schemaIdOf(bytes);
    if (id === null || !bytes) throw new DecodeError('not_wire_format', 'value is not in the Confluent wire format (magic byte 0 + schema id)');
    try {
      await this.registry.getSchema(id);
    } catch (error) {
      if (statusOf(error) === 404) throw new DecodeError('unknown_schema_id', `schema id ${id} is not in the registry`);
      throw error;
    }
    try {
      return await this.registry.decode(bytes);
    } catch (error) {
      throw new DecodeError('avro_decode_failed', `schema id ${id}: ${(error as Error).message}`);
    }
  }
}
