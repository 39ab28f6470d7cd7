import { cuesFor, type CompiledCues } from './cues/index.js';
import { clausesOf, foldText } from './text.js';

/** How far back in a clause a negator or intensifier still reaches. */
const MODIFIER_REACH = 3;
/** "Not good" is less bad than "bad" is bad: a negated cue flips and weakens. */
const NEGATED = -0.5;
const INTENSIFIED = 1.4;
const DOWNTONED = 0.6;

/** A short exclamation ("Wonderful.", "Just perfect.") can be sarcasm; longer clauses rarely are. */
const EXCLAMATION_MAX_WORDS = 4;
const STRONG_PRAISE = 0.55;
/** A sarcastic "wonderful" says about as much as a plain "terrible". */
const SARCASM = -0.8;

interface ClauseScore {
  words: readonly string[];
  /** Sum of the clause's cue weights after negation and intensifiers. */
  total: number;
  /** The clause is a short exclamation of strong praise and nothing else: sarcasm when the context is bad. */
  exclamation: boolean;
}

/** German and Dutch put the negation after what it negates in many clauses ("glücklich bin ich nicht"). */
const POST_NEGATING = new Set(['de', 'nl']);
const POST_NEGATION_REACH = 4;

function modified(weight: number, words: readonly string[], start: number, cues: CompiledCues, end = start + 1): number {
  let result = weight;
  if (POST_NEGATING.has(cues.language)) {
    for (let at = end; at < Math.min(words.length, end + POST_NEGATION_REACH); at++) if (cues.negators.has(words[at]!)) return result * NEGATED;
  }
  for (let at = start - 1; at >= Math.max(0, start - MODIFIER_REACH); at--) {
    const word = words[at]!;
    if (cues.negators.has(word)) return result * NEGATED;
    if (at === start - 1 || at === start - 2) {
      if (cues.intensifiers.has(word)) result *= INTENSIFIED;
      else if (cues.downtoners.has(word)) result *= DOWNTONED;
    }
  }
  return result;
}

/**
 * Capitalised words inside a sentence are names ("de Groot", "Avenida da Liberdade"): the lexicon
 * does not score them. Not in German, which capitalises every noun.
 */
function namesIn(text: string, cues: CompiledCues): ReadonlySet<string> {
  if (cues.language === 'de') return NO_NAMES;
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![.!?¿¡…:"“«]\s*|^\s*)(?<=\s)(\p{Lu}[\p{L}'’-]*)/gu)) names.add(foldText(match[1]!));
  return names;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** The cue weights of one clause: expressions first (longest wins), then single words from the lexicon. */
function scoreClause(words: readonly string[], cues: CompiledCues, names: ReadonlySet<string> = NO_NAMES): ClauseScore {
  let total = 0;
  let praise = 0;
  let other = 0;
  for (let at = 0; at < words.length; ) {
    const expression = cues.expressions.longestAt(words, at);
    const weight = expression ? expression.value : names.has(words[at]!) ? undefined : cues.words.get(words[at]!);
    if (weight !== undefined) {
      const value = modified(weight, words, at, cues, expression ? expression.end : at + 1);
      total += value;
      if (!expression && value >= STRONG_PRAISE) praise += 1;
      else other += 1;
    }
    at = expression ? expression.end : at + 1;
  }
  return { words, total, exclamation: praise > 0 && other === 0 && words.length <= EXCLAMATION_MAX_WORDS };
}

/** A lone "thanks" is polite, not happy: one mild cue should read mildly, and no pile of cues reaches ±1. */
const SQUASH_SLOPE = 0.6;
const SQUASH_CEILING = 0.9;

/** Squashes a sum of cue weights into [-0.9, 0.9]: more cues add less and less. */
const squash = (total: number) => SQUASH_CEILING * Math.tanh(SQUASH_SLOPE * total);

/**
 * The sentiment of a stretch of text in [-1, 1], 0 without cues. Negation- and intensifier-aware; a
 * short burst of praise next to complaints ("Two hours on hold. Wonderful.") reads as sarcasm.
 * `badContext` says the text answers bad news, which makes such praise sarcastic on its own.
 */
export function scoreText(text: string, cues: CompiledCues, badContext = false): number {
  const names = namesIn(text, cues);
  const clauses = clausesOf(text).map((words) => scoreClause(words, cues, names));
  const complaining = badContext || clauses.some((c) => c.total < -0.25);
  const total = clauses.reduce((sum, c) => sum + (complaining && c.exclamation ? SARCASM * Math.abs(c.total) : c.total), 0);
  return squash(total);
}

/** The sentiment of a text in [-1, 1] in the call's language (English cues for a language the analyzer does not know). */
export function textSentiment(text: string, language?: string): number {
  return scoreText(text, cuesFor(language));
}

