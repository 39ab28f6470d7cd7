/**
 * The Confluent wire format: magic byte 0, a 4-byte big-endian schema id, then the Avro body.
 * Checked before the registry is asked, so garbage never costs a registry round trip.
 */
export function schemaIdOf(bytes: Buffer | null): number | null {
  if (!bytes || bytes.length < 5 || bytes[0] !== 0) return null;
  return bytes.readInt32BE(1);
}
