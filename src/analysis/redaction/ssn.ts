import { cuePattern, nearestCue, precedingClause } from './context-cues.js';
import type { DigitWindow } from './digit-chains.js';
import type { PiiCandidate } from './types.js';

const SSN_CUE = cuePattern(['ssn', 'social', 'security number', 'tax id', 'taxpayer', 'itin', 'tin']);

/** How SSNs are written: 123-45-6789. */
export const SSN_GROUPING = '3,2,4';

/** Numbers the SSA never issues or that were printed in advertisements and are known to be fake. */
const NEVER_ISSUED = new Set(['078051120', '219099999']);

export function isValidSsn(digits: string): boolean {
  const area = digits.slice(0, 3);
  return /^\d{9}$/.test(digits)
    && area !== '000' && area !== '666' && !area.startsWith('9')
    && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000'
    && !/^(\d)\1{8}$/.test(digits)
    && !NEVER_ISSUED.has(digits);
}

/** 123-45-6789 is an SSN by its shape; nine digits grouped otherwise only when the caller says it is one. */
export function detectSsn(window: DigitWindow, text: string): PiiCandidate | undefined {
  if (!isValidSsn(window.digits)) return undefined;
  const cue = nearestCue(precedingClause(text, window.start), SSN_CUE);
  const hasSsnShape = window.groupSizes.join(',') === SSN_GROUPING;
  if (cue === 'negative' || (!hasSsnShape && cue !== 'positive')) return undefined;
  return { kind: 'ssn', start: window.start, end: window.end };
}
