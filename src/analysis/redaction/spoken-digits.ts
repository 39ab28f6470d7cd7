/**
 * Rewrites digits spoken as words ("four five three two", "double five", "oh one") into numerals so the
 * numeric detectors see one notation, and remembers where every rewritten character came from.
 */

/** `source` with spoken digits rewritten as numerals; `text[i]` came from `source` [sourceStart[i], sourceEnd[i]). */
export interface NormalizedText {
  readonly source: string;
  readonly text: string;
  readonly sourceStart: readonly number[];
  readonly sourceEnd: readonly number[];
}

/**
 * How sure a word is a digit: 'unambiguous' always is; 'nextToDigitWord' ("oh", "un", "due") only next to another
 * digit word; 'nextToForeignDigitWord' only next to a digit word that is not English, because Portuguese "um" (one)
 * is also the English filler.
 */
type Certainty = 'unambiguous' | 'nextToDigitWord' | 'nextToForeignDigitWord';

interface NumberWord {
  /** 'twoDigits' is a whole number from 10 to 29 ("twelve", "veintiuno"); 'tens' may take a unit ("thirty-four"). */
  readonly role: 'unit' | 'twoDigits' | 'tens' | 'hundred' | 'multiplier';
  readonly digits: string;
  readonly certainty: Certainty;
}

const ENGLISH_DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', nought: '0',
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19',
  twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
};

const UNIT_WORDS: Readonly<Record<string, string>> = {
  // es
  cero: '0', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
  // de
  null: '0', eins: '1', zwei: '2', zwo: '2', drei: '3', vier: '4', 'fünf': '5', sechs: '6', sieben: '7', acht: '8', neun: '9',
  // fr
  'zéro': '0', deux: '2', trois: '3', quatre: '4', cinq: '5', huit: '8',
  // pt
  dois: '2', duas: '2', 'três': '3', quatro: '4', sete: '7', oito: '8', nove: '9',
  // it
  tre: '3', quattro: '4', cinque: '5', sette: '7',
  // nl
  nul: '0', 'één': '1', twee: '2', drie: '3', vijf: '5', zes: '6', zeven: '7', negen: '9',
};

/** Digit words that are also everyday words: "oh", Spanish "o" (or), French "un" (a), Italian "sei" (you are)… */
const AMBIGUOUS_UNIT_WORDS: Readonly<Record<string, string>> = {
  oh: '0', o: '0', un: '1', uno: '1', una: '1', een: '1', due: '2', sei: '6', otto: '8', sept: '7', neuf: '9',
};

/** Spanish and Portuguese numbers from 10 to 29 that are one word; Spanish phone numbers are read in pairs. */
const TWO_DIGIT_WORDS: Readonly<Record<string, string>> = {
  diez: '10', doce: '12', trece: '13', catorce: '14', quince: '15', 'dieciséis': '16', dieciseis: '16',
  diecisiete: '17', dieciocho: '18', diecinueve: '19', veintiuno: '21', 'veintidós': '22', veintidos: '22',
  'veintitrés': '23', veintitres: '23', veinticuatro: '24', veinticinco: '25', 'veintiséis': '26', veintiseis: '26',
  veintisiete: '27', veintiocho: '28', veintinueve: '29',
  dez: '10', doze: '12', treze: '13', catorze: '14', quatorze: '14', quinze: '15', dezesseis: '16', dezasseis: '16',
  dezessete: '17', dezassete: '17', dezoito: '18', dezenove: '19', dezanove: '19',
};

const TENS_WORDS: Readonly<Record<string, string>> = {
  veinte: '20', treinta: '30', cuarenta: '40', cincuenta: '50', sesenta: '60', setenta: '70', ochenta: '80', noventa: '90',
  vinte: '20', trinta: '30', quarenta: '40', cinquenta: '50', sessenta: '60', oitenta: '80',
};

/** The "and" of "treinta y cuatro" and "trinta e quatro". */
const TENS_AND_UNIT_JOINERS = new Set(['y', 'e']);

const NUMBER_WORD_TABLES: readonly [Readonly<Record<string, string>>, NumberWord['role'], Certainty][] = [
  [UNIT_WORDS, 'unit', 'unambiguous'],
  [AMBIGUOUS_UNIT_WORDS, 'unit', 'nextToDigitWord'],
  [{ um: '1' }, 'unit', 'nextToForeignDigitWord'],
  [TWO_DIGIT_WORDS, 'twoDigits', 'unambiguous'],
  [TENS_WORDS, 'tens', 'unambiguous'],
  [{ double: '2', triple: '3' }, 'multiplier', 'unambiguous'],
  [{ hundred: '00' }, 'hundred', 'unambiguous'],
];

function roleOfEnglishDigitWord(digits: string): NumberWord['role'] {
  if (digits.length === 1) return 'unit';
  return digits.endsWith('0') && digits !== '10' ? 'tens' : 'twoDigits';
}

function lookUpNumberWord(lower: string): NumberWord | undefined {
  const english = ENGLISH_DIGIT_WORDS[lower];
  if (english !== undefined) return { role: roleOfEnglishDigitWord(english), digits: english, certainty: 'unambiguous' };
  for (const [table, role, certainty] of NUMBER_WORD_TABLES) {
    const digits = table[lower];
    if (digits !== undefined) return { role, digits, certainty };
  }
  return undefined;
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  /** Set for number words; literal numerals and other words have none. */
  readonly numberWord: NumberWord | undefined;
  readonly numeral: string | undefined;
}

/** A run of input that becomes `digits` in the normalized text. */
interface SpokenNumber {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
}

const TOKEN = /\p{L}+(?:['’]\p{L}+)*|\d+/gu;
/** Words said in one breath: a space or the hyphen of "thirty-four" and "five-five-five". */
const TIGHT_GAP = /^(?:[ \t]+|-)$/;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const word = m[0];
    const lower = word.toLowerCase();
    const isNumeral = /^\d/.test(word);
    return {
      start: m.index,
      end: m.index + word.length,
      lower,
      numberWord: isNumeral ? undefined : lookUpNumberWord(lower),
      numeral: isNumeral ? word : undefined,
    };
  });
}

function isTightlyJoined(text: string, left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && TIGHT_GAP.test(text.slice(left.end, right.start));
}

const isDigitWord = (token: Token | undefined): boolean =>
  token?.numberWord?.role === 'unit' || token?.numberWord?.role === 'twoDigits' || token?.numberWord?.role === 'tens';
const isForeignDigitWord = (token: Token | undefined): boolean =>
  isDigitWord(token) && token !== undefined && ENGLISH_DIGIT_WORDS[token.lower] === undefined;
const isNonZeroUnit = (token: Token | undefined): token is Token =>
  token?.numberWord?.role === 'unit' && token.numberWord.digits !== '0';

/** Decides which number words are digits here; ambiguous ones only count next to other digit words. */
function findSpokenDigits(text: string, tokens: readonly Token[]): boolean[] {
  return tokens.map((token, i) => {
    const certainty = token.numberWord?.certainty;
    if (!isDigitWord(token) || certainty === undefined) return false;
    if (certainty === 'unambiguous') return true;
    const neighbourIs = (isWanted: (t: Token | undefined) => boolean): boolean =>
      (isWanted(tokens[i - 1]) && isTightlyJoined(text, tokens[i - 1], token))
      || (isWanted(tokens[i + 1]) && isTightlyJoined(text, token, tokens[i + 1]));
    return neighbourIs(certainty === 'nextToDigitWord' ? isDigitWord : isForeignDigitWord);
  });
}

/** Index of the unit that completes the tens word at `i` ("thirty-four", "treinta y cuatro"), if one does. */
function unitAfterTens(text: string, tokens: readonly Token[], i: number): number | undefined {
  const [tens, next, afterNext] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (isTightlyJoined(text, tens, next) && isNonZeroUnit(next)) return i + 1;
  const isJoiner = next !== undefined && TENS_AND_UNIT_JOINERS.has(next.lower);
  if (isJoiner && isTightlyJoined(text, tens, next) && isTightlyJoined(text, next, afterNext) && isNonZeroUnit(afterNext)) {
    return i + 2;
  }
  return undefined;
}

/** Folds "double five", "thirty-four", "treinta y cuatro" and "eight hundred" into single numbers. */
function composeSpokenNumbers(text: string, tokens: readonly Token[], spoken: readonly boolean[]): SpokenNumber[] {
  const numbers: SpokenNumber[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const repeated = next?.numberWord?.role === 'unit' ? next.numberWord.digits : next?.numeral;
    if (token.numberWord?.role === 'multiplier' && isTightlyJoined(text, token, next) && next && repeated?.length === 1) {
      numbers.push({ start: token.start, end: next.end, digits: repeated.repeat(Number(token.numberWord.digits)) });
      i += 2;
      continue;
    }
    if (!spoken[i] || !token.numberWord) {
      i += 1;
      continue;
    }
    let last = i;
    let digits = token.numberWord.digits;
    const unit = token.numberWord.role === 'tens' ? unitAfterTens(text, tokens, i) : undefined;
    if (unit !== undefined) {
      digits = digits.charAt(0) + (tokens[unit]?.numberWord?.digits ?? '');
      last = unit;
    }
    const after = tokens[last + 1];
    if (after?.numberWord?.role === 'hundred' && isTightlyJoined(text, tokens[last], after)) {
      digits += after.numberWord.digits;
      last += 1;
    }
    numbers.push({ start: token.start, end: (tokens[last] as Token).end, digits });
    i = last + 1;
  }
  return numbers;
}

/** Writes the numbers into the text; spoken numbers said in one breath become one group ("4532"). */
function rewrite(text: string, numbers: readonly SpokenNumber[]): NormalizedText {
  let out = '';
  const sourceStart: number[] = [];
  const sourceEnd: number[] = [];
  const copy = (from: number, to: number): void => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) {
      sourceStart.push(i);
      sourceEnd.push(i + 1);
    }
  };
  let cursor = 0;
  numbers.forEach((number, n) => {
    const isSameBreath = n > 0 && TIGHT_GAP.test(text.slice(cursor, number.start));
    if (!isSameBreath) copy(cursor, number.start);
    out += number.digits;
    for (let k = 0; k < number.digits.length; k++) {
      sourceStart.push(number.start);
      sourceEnd.push(number.end);
    }
    cursor = number.end;
  });
  copy(cursor, text.length);
  return { source: text, text: out, sourceStart, sourceEnd };
}

export function normalizeSpokenDigits(text: string): NormalizedText {
  const tokens = tokenize(text);
  return rewrite(text, composeSpokenNumbers(text, tokens, findSpokenDigits(text, tokens)));
}

/** Maps the normalized range [start, end) back to the input range it was written from. */
export function toSourceRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const sourceStart = normalized.sourceStart[start];
  const sourceEnd = normalized.sourceEnd[end - 1];
  if (sourceStart === undefined || sourceEnd === undefined || end <= start) {
    throw new RangeError(`no source range for normalized [${start}, ${end})`);
  }
  return { start: sourceStart, end: sourceEnd };
}

/** Whether any of the normalized range [start, end) was said in words rather than written as numerals. */
export function isSpoken(normalized: NormalizedText, start: number, end: number): boolean {
  const source = toSourceRange(normalized, start, end);
  return normalized.source.slice(source.start, source.end) !== normalized.text.slice(start, end);
}

/** Every digit in `text`, written or spoken, in order. */
export function digitsIn(text: string): string {
  return normalizeSpokenDigits(text).text.replace(/\D/g, '');
}
