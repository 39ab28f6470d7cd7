import { cuePattern, nearestCue, precedingClause } from './context-cues.js';
import type { DigitWindow } from './digit-chains.js';
import type { PiiCandidate } from './types.js';

const CARD_CUE = cuePattern([
  'card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'american express', 'discover', 'tarjeta', 'karte',
  'kreditkarte', 'carte', 'cartão', 'carta', 'kaart', 'creditcard', 'pinpas',
]);

/** Visa, Mastercard, Amex, Discover, JCB, UnionPay… all start with 2–6; other Luhn-valid numbers (IMEIs) mostly do not. */
const CARD_NUMBER = /^[2-6]\d{12,18}$/;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

export function detectCard(window: DigitWindow, text: string): PiiCandidate | undefined {
  if (!CARD_NUMBER.test(window.digits) || !passesLuhn(window.digits)) return undefined;
  if (nearestCue(precedingClause(text, window.start), CARD_CUE) === 'negative') return undefined;
  return { kind: 'card', start: window.start, end: window.end };
}
