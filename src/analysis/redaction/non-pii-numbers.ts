/**
 * Numbers whose notation says what they are — dates, times, money, percentages — so their digits can never be
 * read as part of a card, SSN or phone number.
 */

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A plain number or one with thousands separators and decimals: 1250, 1,250.00, 1.250,00. */
const AMOUNT = String.raw`\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const CURRENCY_SIGN = '[$€£¥₹]';
const CURRENCY_WORD = String.raw`(?:dollars?|bucks|cents?|euros?|pounds?|pesos?|reais|real|francs?|usd|eur|gbp|dólares|libras|euro)\b`;
const PERCENT = String.raw`(?:%|percent\b|per cent\b|por ciento\b|prozent\b|pour cent\b|per cento\b|procent\b|por cento\b)`;

const NON_PII_NUMBER_PATTERNS: readonly RegExp[] = [
  // dates: 03/04/2025, 15.03.2024, 2024-03-15, card expiry 04/27
  /(?<!\d)(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}([/.-])\d{1,2}\2\d{1,2}|\d{1,2}\/\d{2,4})(?![\d/])/g,
  // times: 10:30, 10h30, 4 pm, 9 o'clock, 15 Uhr
  /(?<!\d)\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2}|\s?(?:(?:am|pm|o'clock|uhr)\b|a\.m\.|p\.m\.))/gi,
  // money with the currency before or after
  new RegExp(String.raw`${CURRENCY_SIGN}\s?(?:${AMOUNT})|(?<!\d)(?:${AMOUNT})\s?(?:${CURRENCY_SIGN}|${CURRENCY_WORD})`, 'gi'),
  // bare numbers with thousands separators: 1,250,000 or 1.250.000,50 (not the dots of 415.555.0123)
  /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![.,]?\d)|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.,]?\d)/g,
  new RegExp(String.raw`(?<!\d)\d+(?:[.,]\d+)?\s?${PERCENT}`, 'gi'),
];

export function findNonPiiNumbers(text: string): TextRange[] {
  return NON_PII_NUMBER_PATTERNS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
}
