import type { Turn } from '../../contracts/call-completed.js';
import type { LanguagePhrases, Party, Signals } from './profile-schema.js';
import { baseLanguage, foldText } from '../fold-text.js';

/** Punctuation that ends a clause: a phrase never spans it, and a negator never reaches across it. */
export const CLAUSE_BREAK = /[.,;:!?¿¡]/u;

const WORD = /[\p{L}\p{N}]+/gu;
const PHRASE_WORD = /[\p{L}\p{N}]+\*?/gu;


/**
 * The folded words of a phrase; a trailing * makes a word match any word it starts ("cancel*").
 * Apostrophes split words, so French and Italian elisions ("l'annulation") expose the word itself.
 */
export function phraseWords(phrase: string): string[] {
  return foldText(phrase).match(PHRASE_WORD) ?? [];
}

function clauses(text: string): string[][] {
  return foldText(text)
    .split(CLAUSE_BREAK)
    .map((clause) => clause.match(WORD) ?? [])
    .filter((words) => words.length > 0);
}

/** The phrases (or patterns) for a language, followed by those for every language. */
export function forLanguage(phrases: LanguagePhrases | undefined, language: string): string[] {
  return [...(phrases?.[baseLanguage(language)] ?? []), ...(phrases?.['*'] ?? [])];
}

export interface TranscriptTurn {
  readonly role: Turn['role'];
  readonly text: string;
  readonly clauses: readonly (readonly string[])[];
}

/** A call's turns read once for matching, with the negators of its language. */
export interface Transcript {
  readonly language: string;
  readonly turns: readonly TranscriptTurn[];
  readonly negators: readonly (readonly string[])[];
  readonly negationWindow: number;
}

/**
 * The sub-intent, categories, extra fields and lead signals of a call each read its transcript with
 * the same language and signals: the turns are read once, kept while the turns themselves are.
 */
const lastRead = new WeakMap<readonly Turn[], { language: string; signals: Signals; transcript: Transcript }>();

export function readTranscript(turns: readonly Turn[], language: string, signals: Signals): Transcript {
  const last = lastRead.get(turns);
  if (last && last.language === language && last.signals === signals) return last.transcript;
  const transcript: Transcript = {
    language: baseLanguage(language),
    turns: turns.map((turn) => ({ role: turn.role, text: turn.text, clauses: clauses(turn.text) })),
    negators: forLanguage(signals.negation.negators, language).map(phraseWords),
    negationWindow: signals.negation.window,
  };
  lastRead.set(turns, { language, signals, transcript });
  return transcript;
}

/** Who must say a phrase, and whether a negated mention ("I'm not cancelling") fails to count. */
export interface MentionRule {
  readonly party: Party;
  readonly negatable: boolean;
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

function sequenceAt(words: readonly string[], pattern: readonly string[], at: number): boolean {
  return at >= 0 && pattern.every((p, i) => {
    const word = words[at + i];
    return word !== undefined && wordMatches(p, word);
  });
}

/** Whether a negator ends within the negation window right before position `at`. */
function negatedAt(words: readonly string[], at: number, transcript: Transcript): boolean {
  for (let end = at - 1; end >= Math.max(0, at - transcript.negationWindow); end--) {
    if (transcript.negators.some((negator) => sequenceAt(words, negator, end - negator.length + 1))) return true;
  }
  return false;
}

function clauseMentions(words: readonly string[], pattern: readonly string[], checkNegation: boolean, transcript: Transcript): boolean {
  for (let at = 0; at + pattern.length <= words.length; at++) {
    if (sequenceAt(words, pattern, at) && !(checkNegation && negatedAt(words, at, transcript))) return true;
  }
  return false;
}

/** Whether a turn of the rule's party mentions the phrase. */
function mentionTest(transcript: Transcript, phrase: string, rule: MentionRule): (turn: TranscriptTurn) => boolean {
  const pattern = phraseWords(phrase);
  // A phrase that is itself negated ("not renewing", "pas le bon moment") is not undone by the particle
  // next to it: in "ce n'est pas le bon moment" the "n'" belongs to the phrase's own negation.
  const checkNegation = rule.negatable && !transcript.negators.some((negator) => sequenceAt(pattern, negator, 0));
  return (turn) =>
    (rule.party === 'any' || turn.role === rule.party) && turn.clauses.some((words) => clauseMentions(words, pattern, checkNegation, transcript));
}

/** The turns of the rule's party that mention the phrase. */
export function turnsMentioning(transcript: Transcript, phrase: string, rule: MentionRule): TranscriptTurn[] {
  return transcript.turns.filter(mentionTest(transcript, phrase, rule));
}

/** Stops at the first turn that mentions it: most phrases of most rules are asked only yes or no. */
export function mentions(transcript: Transcript, phrase: string, rule: MentionRule): boolean {
  return transcript.turns.some(mentionTest(transcript, phrase, rule));
}

export function mentionsAny(transcript: Transcript, phrases: readonly string[], rule: MentionRule): boolean {
  return phrases.some((phrase) => mentions(transcript, phrase, rule));
}
