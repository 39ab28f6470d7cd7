import { cuePattern, mentions, nearestCue, precedingClause } from './context-cues.js';
import type { DigitWindow } from './digit-chains.js';
import { SSN_GROUPING } from './ssn.js';
import type { PiiCandidate } from './types.js';

const PHONE_CUE = cuePattern([
  'phone', 'telephone', 'tel', 'cell', 'cellphone', 'mobile', 'landline', 'call', 'calling', 'ring', 'reach',
  'text', 'whatsapp', 'fax', 'extension', 'ext', 'my number', 'your number', 'best number', 'callback', 'contact',
  'mi número', 'mi numero', 'meine nummer', 'mon numéro', 'meu número', 'mio numero', 'mijn nummer',
  'teléfono', 'telefono', 'móvil', 'movil', 'celular', 'llamar', 'telefon', 'handy', 'handynummer', 'rufnummer',
  'anrufen', 'portable', 'téléphone', 'appeler', 'telefone', 'telemóvel', 'ligar', 'cellulare', 'chiamare',
  'telefoonnummer', 'mobiel', 'bellen',
]);

/** "+44", "plus 44", "(415" — the part of a phone number written before its first digit. */
const LEADING_MARK = /(?:\+ ?\(?|\bplus \(?|\()$/i;

/**
 * Whether the window is grouped like one of `shapes`. Groups of spoken digits are where the speaker paused, so any
 * grouping fits, unless every digit stands alone: "one, two, three, four" is a list.
 */
function fitsShape(window: DigitWindow, shapes: readonly string[]): boolean {
  const isSpokenNumber = window.spoken && window.groupSizes.some((size) => size > 1);
  return isSpokenNumber || shapes.includes(window.groupSizes.join(','));
}

function isNorthAmerican(window: DigitWindow): boolean {
  const { digits } = window;
  if (digits.length === 10) return /^[2-9]\d\d[2-9]/.test(digits) && fitsShape(window, ['10', '3,3,4', '3,7']);
  return digits.length === 11 && /^1[2-9]\d\d[2-9]/.test(digits)
    && fitsShape(window, ['11', '1,3,3,4', '1,10', '4,3,4', '1,3,7']);
}

/** National formats we can recognise without being told it is a phone number. */
function hasPhoneShape(window: DigitWindow, international: boolean): boolean {
  const { digits, groupSizes } = window;
  // written 3-2-4 is how SSNs look, never how a dialling plan groups digits
  if (groupSizes.join(',') === SSN_GROUPING) return false;
  if (international) return digits.length >= 8 && digits.length <= 15;
  if (digits.startsWith('00')) return digits.length >= 11 && digits.length <= 17;
  // trunk-prefixed numbers in Europe: 020 7946 0958, 06 12 34 56 78, 030 901820
  if (digits.startsWith('0')) return digits.length >= 9 && digits.length <= 12 && groupSizes.every((size) => size >= 2);
  if (isNorthAmerican(window)) return true;
  // a local number: 555-0123
  if (digits.length === 7) return /^[2-9]/.test(digits) && fitsShape(window, ['3,4']);
  // Italian mobiles: 347 123 4567
  if (digits.length === 10) return digits.startsWith('3') && fitsShape(window, ['10', '3,3,4', '3,7', '3,3,2,2']);
  // Spanish, Portuguese and Italian mobiles and landlines: 612 34 56 78, 91 123 45 67, 912 345 678
  return digits.length === 9 && /^[6-9]/.test(digits) && fitsShape(window, ['9', '3,3,3', '3,2,2,2', '2,3,2,2']);
}

/**
 * A phone-shaped number is a phone unless only non-PII cues precede it ("order 5550123"); "the phone on the account
 * is 312-555-0187" still is one. Any other 7–15 digits are a phone when a phone cue is the nearest cue.
 */
export function detectPhone(window: DigitWindow, text: string): PiiCandidate | undefined {
  const leadingMark = LEADING_MARK.exec(text.slice(Math.max(0, window.start - 6), window.start))?.[0] ?? '';
  const start = window.start - leadingMark.length;
  const hasShape = hasPhoneShape(window, /\+|plus/i.test(leadingMark));
  const hasPhoneLength = window.digits.length >= 7 && window.digits.length <= 15;
  if (!hasShape && !hasPhoneLength) return undefined;
  const clause = precedingClause(text, start);
  const cue = nearestCue(clause, PHONE_CUE);
  const isShapedPhone = hasShape && (cue !== 'negative' || mentions(clause, PHONE_CUE));
  const isSaidToBePhone = hasPhoneLength && cue === 'positive';
  return isShapedPhone || isSaidToBePhone ? { kind: 'phone', start, end: window.end } : undefined;
}
