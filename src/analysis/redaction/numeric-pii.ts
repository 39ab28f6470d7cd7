import { detectCard } from './card.js';
import { findDigitChains, windowsOf } from './digit-chains.js';
import { findNonPiiNumbers } from './non-pii-numbers.js';
import { detectPhone } from './phone.js';
import type { NormalizedText } from './spoken-digits.js';
import { detectSsn } from './ssn.js';
import type { PiiCandidate } from './types.js';

const NUMERIC_DETECTORS = [detectCard, detectSsn, detectPhone];

/** Cards, SSNs and phone numbers, as offsets into the normalized text; candidates may overlap. */
export function findNumericPii(normalized: NormalizedText): PiiCandidate[] {
  return findDigitChains(normalized, findNonPiiNumbers(normalized.text))
    .flatMap(windowsOf)
    .flatMap((window) => NUMERIC_DETECTORS.map((detect) => detect(window, normalized.text)))
    .filter((candidate) => candidate !== undefined);
}
