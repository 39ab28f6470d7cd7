/**
 * Email addresses, written ("jane.doe@gmail.com"), spoken ("jane dot doe at gmail dot com", "j doe at outlook dot
 * co dot uk") or a mix of both.
 */

export interface EmailMatch {
  readonly start: number;
  readonly end: number;
  /** The address as it would be typed: "jane.doe@gmail.com". */
  readonly address: string;
}

/** 'looseDot' is a "." with spaces around it: a sentence end, unless the whole address is typed with spaces. */
type Role = 'word' | 'at' | 'dot' | 'looseDot' | 'join' | 'other';

interface EmailToken {
  readonly start: number;
  readonly end: number;
  readonly role: Role;
  /** What the token contributes to the typed address. */
  readonly typed: string;
}

const SPOKEN_SYMBOLS: readonly (readonly [words: string, role: Role, typed: string])[] = [
  ['under score', 'join', '_'], ['guion bajo', 'join', '_'], ['guión bajo', 'join', '_'], ['tiret bas', 'join', '_'],
  ['trattino basso', 'join', '_'], ['liggend streepje', 'join', '_'],
  ['underscore', 'join', '_'], ['unterstrich', 'join', '_'], ['sublinhado', 'join', '_'],
  ['dash', 'join', '-'], ['hyphen', 'join', '-'], ['guion', 'join', '-'], ['guión', 'join', '-'],
  ['bindestrich', 'join', '-'], ['tiret', 'join', '-'], ['hífen', 'join', '-'], ['traço', 'join', '-'],
  ['trattino', 'join', '-'], ['streepje', 'join', '-'], ['plus', 'join', '+'],
  ['dot', 'dot', '.'], ['punto', 'dot', '.'], ['punkt', 'dot', '.'], ['point', 'dot', '.'], ['ponto', 'dot', '.'],
  ['punt', 'dot', '.'],
  ['at', 'at', '@'], ['arroba', 'at', '@'], ['arobase', 'at', '@'], ['chiocciola', 'at', '@'], ['apenstaartje', 'at', '@'],
];
const WRITTEN_SYMBOLS: Readonly<Record<string, Role>> = { '@': 'at', '.': 'dot', _: 'join', '-': 'join', '+': 'join' };

/** Words that end a sentence's lead-in rather than start a mailbox: "email me at", "she works at", "I'm at". */
const NOT_MAILBOX_WORDS = new Set([
  'is', 'me', 'us', 'you', 'him', 'her', 'them', 'it', "it's", 'its', "i'm", "we're", "you're", "they're", "he's",
  "she's", 'email', 'mail', 'address', 'am', 'was', 'were', 'are', 'be', 'been', 'here', 'there', 'that', 'this',
  'what', 'site', 'website', 'page', 'online', 'home', 'work', 'works', 'worked', 'working', 'office', 'in', 'reach',
  'contact', 'write', 'wrote', 'visit', 'look', 'looking', 'find', 'found', 'send', 'sent', 'said', 'says', 'told',
  'shop', 'shopped', 'shopping', 'buy', 'bought', 'ordered', 'stay', 'stayed', 'staying', 'live', 'lives', 'meet',
  'met', 'arrive', 'arrived', 'available', 'signed', 'registered', 'logged', 'as',
  'es', 'está', 'ist', 'est', 'é', 'è',
  'correo', 'adresse', 'endereço', 'indirizzo',
]);
/** A mailbox is never said after an article: "the price at amazon dot com" is a shop, not an address. */
const ARTICLES = new Set([
  'the', 'a', 'an', 'this', 'that', 'our', 'their', 'his', 'el', 'la', 'los', 'las', 'un', 'una', 'der', 'die',
  'das', 'den', 'dem', 'ein', 'eine', 'le', 'les', 'une', 'os', 'um', 'uma', 'il', 'lo', 'gli', 'het', 'een',
]);
/** Single letters that are words too, so a spelled mailbox ("j doe") never starts with them. */
const LETTER_WORDS = new Set(['a', 'i', 'y', 'e', 'o', 'à', 'é', 'è']);
const TOP_LEVEL_DOMAINS = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'io', 'co', 'info', 'biz', 'me', 'us', 'uk', 'ca', 'de', 'fr', 'es',
  'it', 'nl', 'pt', 'br', 'mx', 'ar', 'cl', 'be', 'ch', 'at', 'au', 'ie', 'eu', 'app', 'dev', 'ai', 'tv', 'online',
  'shop', 'store', 'tech', 'site', 'xyz', 'email', 'cat', 'se', 'no', 'dk', 'fi', 'pl', 'cz', 'jp', 'in', 'za', 'nz', 'lu',
  'ng', 'studio', 'design', 'agency', 'media', 'digital', 'cloud', 'company', 'group', 'network', 'life', 'live', 'news',
  'blog', 'art', 'law', 'health', 'team', 'world',
]);

const MAX_SPOKEN_LABEL_WORDS = 3;

const RAW_TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)*|[@._+-]/gu;

interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface SpokenSymbol {
  readonly words: readonly string[];
  readonly role: Role;
  readonly typed: string;
}

/** Spoken symbols by their first word, longest first, so "guion bajo" wins over "guion". */
const SPOKEN_SYMBOLS_BY_FIRST_WORD: ReadonlyMap<string, readonly SpokenSymbol[]> = SPOKEN_SYMBOLS
  .map(([words, role, typed]): SpokenSymbol => ({ words: words.split(' '), role, typed }))
  .sort((a, b) => b.words.length - a.words.length)
  .reduce((byFirstWord, symbol) => {
    const first = symbol.words[0] as string;
    return byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), symbol]);
  }, new Map<string, SpokenSymbol[]>());

/** The spoken symbol ("under score", "dot") whose words start at raw[i]. */
function spokenSymbolAt(text: string, raw: readonly RawToken[], i: number): SpokenSymbol | undefined {
  const symbols = SPOKEN_SYMBOLS_BY_FIRST_WORD.get(raw[i]?.text.toLowerCase() ?? '') ?? [];
  return symbols.find((symbol) => {
    const candidates = raw.slice(i, i + symbol.words.length);
    return candidates.length === symbol.words.length && candidates.every((token, k) => token.text.toLowerCase() === symbol.words[k]
      && (k === 0 || /^\s+$/.test(text.slice((candidates[k - 1] as RawToken).end, token.start))));
  });
}

function lex(text: string): EmailToken[] {
  const raw = [...text.matchAll(RAW_TOKEN)].map((m): RawToken => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const tokens: EmailToken[] = [];
  for (let i = 0; i < raw.length;) {
    const token = raw[i] as RawToken;
    const symbolRole = WRITTEN_SYMBOLS[token.text];
    const spoken = symbolRole ? undefined : spokenSymbolAt(text, raw, i);
    if (symbolRole) {
      const glued = raw[i - 1]?.end === token.start && raw[i + 1]?.start === token.end;
      tokens.push({ start: token.start, end: token.end, role: glued ? symbolRole : looseRole(symbolRole), typed: token.text });
      i += 1;
    } else if (spoken) {
      const last = raw[i + spoken.words.length - 1] as RawToken;
      tokens.push({ start: token.start, end: last.end, role: spoken.role, typed: spoken.typed });
      i += spoken.words.length;
    } else {
      tokens.push({ start: token.start, end: token.end, role: 'word', typed: token.text.toLowerCase().replaceAll('’', "'") });
      i += 1;
    }
  }
  return tokens;
}

/** "@" joins an address even with spaces around it; "_", "-" and "+" with spaces around them never do. */
function looseRole(role: Role): Role {
  if (role === 'at') return 'at';
  return role === 'dot' ? 'looseDot' : 'other';
}

/**
 * How the address around one "@" or "at" is written: typed without spaces ("jane.doe@gmail.com"), typed with spaces
 * ("alex @ gmail . com"), or spoken ("jane dot doe at gmail dot com", "m, a, r, k at gmail dot com").
 */
interface Style {
  readonly typed: boolean;
  /** What may stand between two neighbouring tokens of the address. */
  readonly gap: RegExp;
  readonly looseDots: boolean;
}

const TYPED: Style = { typed: true, gap: /^$/, looseDots: false };
const TYPED_WITH_SPACES: Style = { typed: false, gap: /^\s*$/, looseDots: true };
const SPOKEN: Style = { typed: false, gap: /^,?\s*$/, looseDots: false };

function styleAround(text: string, tokens: readonly EmailToken[], at: number): Style {
  const token = tokens[at] as EmailToken;
  if (text.slice(token.start, token.end) !== '@') return SPOKEN;
  const glued = tokens[at - 1]?.end === token.start && tokens[at + 1]?.start === token.end;
  return glued ? TYPED : TYPED_WITH_SPACES;
}

/** Reads one address's tokens in a given style. */
class AddressReader {
  constructor(private readonly text: string, private readonly tokens: readonly EmailToken[], private readonly style: Style) {}

  private joins(left: EmailToken | undefined, right: EmailToken | undefined): boolean {
    return left !== undefined && right !== undefined && this.style.gap.test(this.text.slice(left.end, right.start));
  }

  private isDot(token: EmailToken | undefined): boolean {
    return token?.role === 'dot' || (this.style.looseDots && token?.role === 'looseDot');
  }

  private isConnector(token: EmailToken | undefined): boolean {
    return this.isDot(token) || token?.role === 'join';
  }

  /** Index of the first token of the mailbox that ends right before the "at" at `at`, if there is one. */
  mailboxStart(at: number): number | undefined {
    const { tokens, style } = this;
    const last = tokens[at - 1];
    if (!isWord(last) || !this.joins(last, tokens[at]) || (!style.typed && NOT_MAILBOX_WORDS.has(last.typed))) return undefined;
    let first = at - 1;
    for (;;) {
      const before = tokens[first - 1];
      const word = tokens[first - 2];
      if (this.isConnector(before) && isWord(word) && this.joins(word, before) && this.joins(before, tokens[first])) first -= 2;
      else if (!style.typed && isSpelledLetter(before) && this.joins(before, tokens[first])) first -= 1;
      else break;
    }
    if (style.typed) return first;
    while (first < at - 1 && isLetterWord(tokens[first])) first += 1;
    const before = tokens[first - 1];
    const isAfterArticle = isWord(before) && ARTICLES.has(before.typed) && this.joins(before, tokens[first]);
    return isAfterArticle ? undefined : first;
  }

  /** Index of the last word of the domain label starting at `i`; spoken labels may be words ("northwind traders"). */
  private labelEnd(i: number): number {
    let last = i;
    while (!this.style.typed && last - i + 1 < MAX_SPOKEN_LABEL_WORDS && isWord(this.tokens[last + 1])
      && this.joins(this.tokens[last], this.tokens[last + 1])) last += 1;
    return last;
  }

  /** Index of the top-level domain that ends the domain starting after the "at" at `at`, if there is one. */
  domainEnd(at: number): number | undefined {
    const { tokens } = this;
    let end: number | undefined;
    for (let i = at + 1; isWord(tokens[i]) && this.joins(tokens[i - 1], tokens[i]);) {
      if (this.isDot(tokens[i - 1]) && TOP_LEVEL_DOMAINS.has((tokens[i] as EmailToken).typed)) end = i;
      const last = this.labelEnd(i);
      if (!this.isConnector(tokens[last + 1]) || !this.joins(tokens[last], tokens[last + 1])) break;
      i = last + 2;
    }
    return end;
  }
}

const isWord = (token: EmailToken | undefined): token is EmailToken => token?.role === 'word';
const isSpelledLetter = (token: EmailToken | undefined): boolean => isWord(token) && /^\p{L}$/u.test(token.typed);
const isLetterWord = (token: EmailToken | undefined): boolean => isSpelledLetter(token) && LETTER_WORDS.has(token?.typed ?? '');

export function findEmails(text: string): EmailMatch[] {
  const tokens = lex(text);
  const matches: EmailMatch[] = [];
  let searchFrom = 0;
  tokens.forEach((token, at) => {
    if (token.role !== 'at' || at < searchFrom) return;
    const reader = new AddressReader(text, tokens, styleAround(text, tokens, at));
    const first = reader.mailboxStart(at);
    const last = reader.domainEnd(at);
    const parts = first === undefined || last === undefined ? [] : tokens.slice(first, last + 1);
    const [head] = parts;
    const tail = parts.at(-1);
    if (!head || !tail || last === undefined) return;
    matches.push({ start: head.start, end: tail.end, address: parts.map((p) => p.typed).join('') });
    searchFrom = last + 1;
  });
  return matches;
}
