/**
 * Street addresses with a house number, in the word orders of the languages we transcribe:
 * "1234 Elm Street", "42 Rue de la Paix", "Calle Mayor 5", "Hauptstraße 12", "Keizersgracht 123".
 * A street name without a number is not redacted: it does not identify anyone.
 */
import type { PiiCandidate } from './types.js';

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** A street word such as "rue"; `lowercaseNames` when it is never an everyday word, so "rue de la paix" counts. */
interface StreetType {
  readonly lowercaseNames: boolean;
}

function streetTypes(unambiguous: readonly string[], ambiguous: readonly string[]): ReadonlyMap<string, StreetType> {
  return new Map<string, StreetType>([
    ...unambiguous.map((word): [string, StreetType] => [word, { lowercaseNames: true }]),
    ...ambiguous.map((word): [string, StreetType] => [word, { lowercaseNames: false }]),
  ]);
}

/** "1234 Elm Street": number, name, street word. */
const ENGLISH_STREET_TYPES = streetTypes(['street', 'avenue', 'boulevard'], [
  'st', 'ave', 'av', 'road', 'rd', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'place', 'pl', 'way',
  'terrace', 'close', 'crescent', 'parkway', 'pkwy', 'highway', 'hwy', 'circle', 'cir', 'square', 'sq', 'trail',
  'loop', 'row', 'alley',
]);
/** "42 rue de la Paix": number, street word, name. */
const FRENCH_STREET_TYPES = streetTypes(['rue', 'avenue', 'boulevard', 'allée', 'impasse', 'quai', 'chemin'], [
  'bd', 'av', 'place', 'route', 'cours', 'square', 'passage',
]);
/** "Calle Mayor 5", "Rua Augusta, 45", "Via Roma 10": street word, name, number. */
const ROMANCE_STREET_TYPES = streetTypes([
  'calle', 'avenida', 'paseo', 'carrer', 'rua', 'travessa', 'praça', 'viale', 'piazza', 'piazzale', 'vicolo',
], [
  'avda', 'av', 'plaza', 'camino', 'carrera', 'carretera', 'ronda', 'rambla', 'glorieta', 'travesía', 'largo',
  'alameda', 'estrada', 'via', 'corso', 'strada', 'lungomare',
]);
/** "Hauptstraße 12", "Damstraat 1": German and Dutch street names end in the street word. */
const COMPOUND_STREET_SUFFIXES = [
  'straße', 'strasse', 'str', 'gasse', 'weg', 'allee', 'platz', 'ufer', 'damm', 'chaussee', 'steig', 'pfad',
  'straat', 'gracht', 'laan', 'plein', 'kade', 'singel', 'dijk', 'steeg', 'burgwal', 'dreef',
];
const ABBREVIATIONS = new Set([
  'st', 'ave', 'av', 'rd', 'blvd', 'ln', 'dr', 'ct', 'pl', 'pkwy', 'hwy', 'cir', 'sq', 'bd', 'avda', 'str',
]);
const NAME_PARTICLES = new Set([
  'de', 'del', 'la', 'las', 'los', 'el', 'du', 'des', 'le', 'les', 'da', 'do', 'das', 'dos', 'di', 'della', 'delle',
  'dei', 'degli', 'dello', 'van', 'von', 'der', 'den',
]);
/** Lowercase words that cannot be part of a street name: "a 2 hour drive", "3 kids on the street". */
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'my', 'our', 'your', 'his', 'her', 'their', 'on', 'in', 'at', 'of', 'to', 'for',
  'from', 'by', 'and', 'or', 'more', 'other', 'same', 'next', 'hour', 'hours', 'minute', 'minutes', 'mile', 'miles',
  'block', 'blocks', 'day', 'days', 'way', 'lane', 'times', 'kids', 'people', 'cars', 'floors', 'story', 'storey',
]);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const HOUSE_NUMBER = /^\d{1,5}[a-z]?$/i;
const MAX_NAME_WORDS = 3;
const DIRECTION = /^(?:N|S|E|W|NE|NW|SE|SW)$/;
const UNIT_AFTER = /,?\s+(?:apt|apartment|suite|ste|unit|flat|#)\.?\s*#?\s*[\p{L}\p{N}-]+/iuy;
/** The house number after a street name: " 5", ", 23", " nº 5", " Nr. 12". */
const NUMBER_AFTER_NAME = new RegExp(
  String.raw`\.?,?\s*(?:(?:n\.?\s?[º°o]\.?|nº|n°|nr\.?|no\.|núm\.?|número|numero)\s*)?\d{1,4}[a-z]?(?![\p{L}\p{N}])`,
  'iuy',
);

function tokenize(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length,
  }));
}

const isCapitalized = (word: Word): boolean => /^(?:[dl]['’])?\p{Lu}/u.test(word.text);
const isOrdinal = (word: Word): boolean => /^\d+(?:st|nd|rd|th)$/i.test(word.text);

function isNameWord(word: Word | undefined, lowercaseNames: boolean): word is Word {
  if (!word) return false;
  if (isCapitalized(word) || isOrdinal(word)) return true;
  return lowercaseNames && /^\p{Ll}+$/u.test(word.text) && !NOT_NAME_WORDS.has(word.lower);
}

function isSpaced(text: string, left: Word | undefined, right: Word | undefined): boolean {
  return left !== undefined && right !== undefined && /^ $/.test(text.slice(left.end, right.start));
}

/** End of a match that a sticky pattern finds right at `from`, or `from` when it finds none. */
function extendWith(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? from + m[0].length : from;
}

function endOfWord(text: string, word: Word): number {
  return ABBREVIATIONS.has(word.lower) && text[word.end] === '.' ? word.end + 1 : word.end;
}

/** Index past the name particles ("de la") that start at `from`. */
function skipParticles(text: string, words: readonly Word[], from: number): number {
  for (let i = from; ; i++) {
    const word = words[i];
    if (!word || !NAME_PARTICLES.has(word.lower) || !isSpaced(text, word, words[i + 1])) return i;
  }
}

/** "1234 Elm Street", "350 Fifth Avenue NW, Apt 4B". `at` is the first word after the house number. */
function matchEnglishStreet(text: string, words: readonly Word[], numberIndex: number, at: number): number | undefined {
  if (!isSpaced(text, words[numberIndex], words[at])) return undefined;
  for (let count = 1; count <= MAX_NAME_WORDS; count++) {
    const typeWord = words[at + count];
    const type = typeWord && ENGLISH_STREET_TYPES.get(typeWord.lower);
    if (!type || !isSpaced(text, words[at + count - 1], typeWord)) continue;
    const names = words.slice(at, at + count);
    const namesFit = names.every((name, k) => isNameWord(name, type.lowercaseNames)
      && (k === 0 || isSpaced(text, names[k - 1], name)));
    if (!namesFit || (!type.lowercaseNames && !isCapitalized(typeWord))) continue;
    const direction = words[at + count + 1];
    const end = direction && DIRECTION.test(direction.text) && isSpaced(text, typeWord, direction)
      ? direction.end
      : endOfWord(text, typeWord);
    return extendWith(text, UNIT_AFTER, end);
  }
  return undefined;
}

/** Index of the last word of a name starting at `first`: later words must be capitalized ("Faubourg Saint-Honoré"). */
function lastNameWord(text: string, words: readonly Word[], first: number): number {
  let last = first;
  while (last - first + 1 < MAX_NAME_WORDS) {
    const next = words[last + 1];
    if (!next || !isCapitalized(next) || !isSpaced(text, words[last], next)) break;
    last += 1;
  }
  return last;
}

/** "42 Rue de la Paix", "12 bis, avenue Victor Hugo". `at` is the first word after the house number. */
function matchFrenchStreet(text: string, words: readonly Word[], at: number): number | undefined {
  const typeWord = words[at];
  const type = typeWord && FRENCH_STREET_TYPES.get(typeWord.lower);
  if (!type || (!type.lowercaseNames && !isCapitalized(typeWord))) return undefined;
  const nameStart = skipParticles(text, words, at + 1);
  if (!isSpaced(text, words[nameStart - 1], words[nameStart]) || !isNameWord(words[nameStart], type.lowercaseNames)) {
    return undefined;
  }
  return words[lastNameWord(text, words, nameStart)]?.end;
}

function matchNumberFirst(text: string, words: readonly Word[], i: number): PiiCandidate | undefined {
  const number = words[i];
  if (!number || !HOUSE_NUMBER.test(number.text)) return undefined;
  const at = /^(?:bis|ter)$/i.test(words[i + 1]?.text ?? '') ? i + 2 : i + 1;
  const before = words[at - 1];
  const first = words[at];
  if (!before || !first || !/^,? $/.test(text.slice(before.end, first.start))) return undefined;
  const end = matchEnglishStreet(text, words, i, at) ?? matchFrenchStreet(text, words, at);
  return end === undefined ? undefined : { kind: 'address', start: number.start, end };
}

/** "Calle Mayor 5", "Avenida da Liberdade, 120", "Via Roma 10". */
function matchNumberLast(text: string, words: readonly Word[], i: number): PiiCandidate | undefined {
  const typeWord = words[i];
  const type = typeWord && ROMANCE_STREET_TYPES.get(typeWord.lower);
  if (!typeWord || !type) return undefined;
  const nameStart = skipParticles(text, words, i + 1);
  if (!isSpaced(text, words[nameStart - 1], words[nameStart]) || !isNameWord(words[nameStart], type.lowercaseNames)) {
    return undefined;
  }
  for (let last = lastNameWord(text, words, nameStart); last >= nameStart; last--) {
    const nameEnd = (words[last] as Word).end;
    const end = extendWith(text, NUMBER_AFTER_NAME, nameEnd);
    if (end > nameEnd) return { kind: 'address', start: typeWord.start, end };
  }
  return undefined;
}

/** "Hauptstraße 12", "Bahnhofstr. 5", "Berliner Straße 5", "Keizersgracht 123". */
function matchCompound(text: string, words: readonly Word[], i: number): PiiCandidate | undefined {
  const word = words[i];
  if (!word || !isCapitalized(word)) return undefined;
  const suffix = COMPOUND_STREET_SUFFIXES.find((s) => word.lower.endsWith(s));
  if (suffix === undefined) return undefined;
  const previous = words[i - 1];
  const isCompound = word.lower.length >= suffix.length + 3;
  const isAfterAdjective = word.lower === suffix && previous !== undefined && isCapitalized(previous)
    && isSpaced(text, previous, word);
  if (!isCompound && !isAfterAdjective) return undefined;
  const end = extendWith(text, NUMBER_AFTER_NAME, word.end);
  if (end === word.end) return undefined;
  return { kind: 'address', start: isAfterAdjective ? previous.start : word.start, end };
}

export function findAddresses(text: string): PiiCandidate[] {
  const words = tokenize(text);
  return words
    .flatMap((_, i) => [matchNumberFirst(text, words, i), matchNumberLast(text, words, i), matchCompound(text, words, i)])
    .filter((candidate) => candidate !== undefined);
}
