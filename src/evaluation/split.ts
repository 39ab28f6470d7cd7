import { createHash } from 'node:crypto';

export type Split = 'tune' | 'test';

/**
 * Which part of the labelled set a call belongs to, by a hash of its callId: about 40 % tune, 60 %
 * test. Fixed by the id alone, so tuning can never drift into the test part.
 */
export function splitOf(callId: string): Split {
  return createHash('sha256').update(callId).digest()[0]! < 102 ? 'tune' : 'test';
}
