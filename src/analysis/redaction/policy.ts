import { findEmails } from './email.js';
import { digitsIn, normalizeSpokenDigits } from './spoken-digits.js';
import type { PiiKind } from './types.js';

export type PiiPolicy = 'keep' | 'mask' | 'drop';

const HIDDEN = '***';

/** The last four digits, unless that would be the whole number. */
function lastFourDigits(value: string): string {
  const digits = digitsIn(value);
  return digits.length > 4 ? digits.slice(-4) : '';
}

function maskEmail(value: string): string {
  const address = findEmails(value)[0]?.address ?? value;
  const at = address.lastIndexOf('@');
  return at > 0 ? `${address.charAt(0)}${HIDDEN}${address.slice(at)}` : HIDDEN;
}

/** Keeps the street so the value stays useful for routing, hides the house and flat numbers. */
function maskAddress(value: string): string {
  return normalizeSpokenDigits(value).text.replace(/\d+[a-z]?(?![\p{L}\p{N}])/giu, HIDDEN);
}

const MASKS: Readonly<Record<PiiKind, (value: string) => string>> = {
  card: (value) => `****${lastFourDigits(value)}`,
  phone: (value) => `****${lastFourDigits(value)}`,
  ssn: (value) => `***-**-${lastFourDigits(value) || '****'}`,
  email: maskEmail,
  address: maskAddress,
};

export function applyPolicy(value: string, kind: PiiKind, policy: PiiPolicy): string | null {
  switch (policy) {
    case 'keep': return value;
    case 'mask': return MASKS[kind](value);
    case 'drop': return null;
  }
}
