import { foldText, wordsOf } from './text.js';

/** One step of a compiled phrase: a word, a word prefix ("cancel*") or a gap of up to GAP_WORDS any words ("~"). */
type Step = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'gap' };

const GAP_WORDS = 3;
/** Prefix phrases are looked up by up to this many leading letters. */
const PREFIX_KEY = 2;

export interface PhraseMatch<T> {
  /** Index of the first word matched. */
  start: number;
  /** Index just past the last word matched. */
  end: number;
  value: T;
}

function compile(phrase: string): Step[] {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((part): Step[] => {
      if (part === '~') return [{ kind: 'gap' }];
      if (part.endsWith('*')) return [{ kind: 'prefix', prefix: foldText(part.slice(0, -1)) }];
      return wordsOf(part).map((word) => ({ kind: 'word', word }));
    });
}

/** Where the steps from `step` on match the words from `at` on; -1 if they do not. Gaps take as few words as they can. */
function matchFrom(steps: readonly Step[], step: number, words: readonly string[], at: number): number {
  if (step === steps.length) return at;
  const current = steps[step]!;
  if (current.kind === 'gap') {
    for (let skip = 0; skip <= GAP_WORDS && at + skip <= words.length; skip++) {
      const end = matchFrom(steps, step + 1, words, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const word = words[at];
  if (word === undefined) return -1;
  const fits = current.kind === 'word' ? word === current.word : word.startsWith(current.prefix);
  return fits ? matchFrom(steps, step + 1, words, at + 1) : -1;
}

/**
 * Phrases compiled once and looked up by their first word, so matching a clause costs about one map
 * lookup per word whatever the number of phrases.
 */
export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, { steps: Step[]; value: T }[]>();
  /** Prefix phrases by the first two letters of their prefix: most words then check none or a few. */
  private readonly byFirstPrefix = new Map<string, { prefix: string; steps: Step[]; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const steps = compile(phrase);
      const first = steps[0];
      if (first === undefined || first.kind === 'gap') continue;
      if (first.kind === 'prefix') {
        const key = first.prefix.slice(0, PREFIX_KEY);
        this.byFirstPrefix.set(key, [...(this.byFirstPrefix.get(key) ?? []), { prefix: first.prefix, steps, value }]);
      }
      else this.byFirstWord.set(first.word, [...(this.byFirstWord.get(first.word) ?? []), { steps, value }]);
    }
  }

  static of(phrases: Iterable<string>): PhraseIndex<true> {
    return new PhraseIndex([...phrases].map((phrase) => [phrase, true] as const));
  }

  /** The longest phrase that starts at word `at`, if any. */
  longestAt(words: readonly string[], at: number): PhraseMatch<T> | undefined {
    const word = words[at];
    if (word === undefined) return undefined;
    let best: PhraseMatch<T> | undefined;
    for (const { steps, value } of this.byFirstWord.get(word) ?? []) {
      const end = matchFrom(steps, 1, words, at + 1);
      if (end > at && (best === undefined || end > best.end)) best = { start: at, end, value };
    }
    if (this.byFirstPrefix.size === 0) return best;
    for (let length = 1; length <= PREFIX_KEY && length <= word.length; length++) {
      for (const { prefix, steps, value } of this.byFirstPrefix.get(word.slice(0, length)) ?? []) {
        if (!word.startsWith(prefix)) continue;
        const end = matchFrom(steps, 1, words, at + 1);
        if (end > at && (best === undefined || end > best.end)) best = { start: at, end, value };
      }
    }
    return best;
  }

  /** Every match in a clause, longest first at each position, never overlapping. */
  matchesIn(words: readonly string[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let at = 0; at < words.length; ) {
      const match = this.longestAt(words, at);
      if (match) matches.push(match);
      at = match ? match.end : at + 1;
    }
    return matches;
  }

  /** Whether some clause holds a phrase that `accept` (say, a negation check) lets count. */
  occursIn(clauses: readonly (readonly string[])[], accept: (words: readonly string[], match: PhraseMatch<T>) => boolean = () => true): boolean {
    return clauses.some((words) => this.matchesIn(words).some((match) => accept(words, match)));
  }
}
