export type PiiKind = 'card' | 'ssn' | 'email' | 'phone' | 'address';

export const PII_KINDS: readonly PiiKind[] = ['card', 'ssn', 'email', 'phone', 'address'];

/** A detected piece of PII; `start`/`end` are offsets into the input string and `text` is that slice. */
export interface PiiSpan {
  kind: PiiKind;
  start: number;
  end: number;
  text: string;
}

/** A detector's finding before overlaps between detectors are resolved. */
export interface PiiCandidate {
  kind: PiiKind;
  start: number;
  end: number;
}
