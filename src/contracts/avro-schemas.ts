import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../services/paths.js';

export interface AvroField {
  name: string;
  type: unknown;
  default?: unknown;
  doc?: string;
}

export interface AvroRecordSchema {
  type: 'record';
  name: string;
  namespace?: string;
  fields: AvroField[];
}

function loadAvsc(file: string): AvroRecordSchema {
  return JSON.parse(readFileSync(join(projectRoot, 'avro', file), 'utf8')) as AvroRecordSchema;
}

export const callCompletedAvro = loadAvsc('call-completed.avsc');
export const callAnalyticsAvro = loadAvsc('call-analytics.avsc');
