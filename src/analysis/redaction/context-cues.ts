/**
 * Words said just before a number ("my cell is", "order number") that tell what the number is when its shape
 * alone does not.
 */

export type Cue = 'positive' | 'negative';

const CLAUSE_LOOKBACK = 48;

export function cuePattern(words: readonly string[]): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words.join('|')})(?![\p{L}\p{N}])`, 'giu');
}

/** Identifiers that are not personal data, in the languages we transcribe. */
const NOT_PII_CUE = cuePattern([
  'order', 'invoice', 'tracking', 'track', 'reference', 'ref', 'confirmation', 'case', 'ticket', 'account', 'acct',
  'policy', 'claim', 'serial', 'model', 'part', 'sku', 'item', 'booking', 'reservation', 'transaction', 'imei', 'isbn',
  'routing', 'iban', 'zip', 'postcode', 'postal', 'id', 'flight', 'room', 'batch', 'lot', 'customer number',
  'member number', 'membership', 'loyalty', 'voucher', 'coupon',
  'pedido', 'factura', 'referencia', 'expediente', 'bestellung', 'bestellnummer', 'rechnung', 'kundennummer',
  'sendungsnummer', 'commande', 'facture', 'référence', 'dossier', 'colis', 'encomenda', 'fatura', 'ordine',
  'fattura', 'pratica', 'bestelling', 'factuur', 'klantnummer',
]);

/**
 * The text a number follows, cut at the last sentence end so a previous sentence cannot vouch for it. A question
 * stays: "Phone number? Sure, 555 0123" answers it.
 */
export function precedingClause(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - CLAUSE_LOOKBACK), start);
  const sentenceEnd = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '));
  return before.slice(sentenceEnd + 1);
}

export function mentions(clause: string, pattern: RegExp): boolean {
  return lastMatchIndex(clause, pattern) >= 0;
}

function lastMatchIndex(text: string, pattern: RegExp): number {
  let index = -1;
  for (const m of text.matchAll(pattern)) index = m.index;
  return index;
}

/** Which kind of cue is said closest before the number, if any. Patterns must be global. */
export function nearestCue(clause: string, positive: RegExp, negative: RegExp = NOT_PII_CUE): Cue | undefined {
  const positiveAt = lastMatchIndex(clause, positive);
  const negativeAt = lastMatchIndex(clause, negative);
  if (positiveAt < 0 && negativeAt < 0) return undefined;
  return positiveAt > negativeAt ? 'positive' : 'negative';
}
