import type { ReadTurn } from './conversation.js';

/**
 * Word tokens as features for the learned models. Words are cut to their first letters, a crude
 * stemmer that works alike in all seven languages ("reclamação", "reclamo", "réclamation" share
 * "recla"). Digits are left out: numbers are account ids and times, not feelings or reasons.
 */
const STEM_LENGTH = 5;

const stem = (word: string) => (word.length > STEM_LENGTH ? word.slice(0, STEM_LENGTH) : word);

const spokenWords = (turn: ReadTurn) => turn.clauses.map((words) => words.filter((w) => !/\d/.test(w)).map(stem));

/** A long call has more distinct words; this keeps one call's tokens from outweighing another's by length alone. */
const TYPICAL_TOKENS = 20;

/**
 * Where in the call words were taken from: the opening customer turns, all customer turns, the
 * agent's turns, the customer's closing turns. One letter, so isToken tells tokens from dense features.
 */
export type TokenPrefix = 'o' | 'c' | 'a' | 'e';

/** The distinct stems (and, with `pairs`, adjacent stem pairs within a clause) of some turns, each under a prefix. */
export function wordTokens(turns: readonly ReadTurn[], prefix: TokenPrefix, pairs = false): Set<string> {
  const tokens = new Set<string>();
  for (const turn of turns) {
    for (const words of spokenWords(turn)) {
      for (let i = 0; i < words.length; i++) {
        tokens.add(`${prefix}:${words[i]}`);
        if (pairs && i + 1 < words.length) tokens.add(`${prefix}2:${words[i]}_${words[i + 1]}`);
      }
    }
  }
  return tokens;
}

/** Adds tokens to a feature map, each weighing less the more there are. */
export function addTokens(features: Map<string, number>, tokens: ReadonlySet<string>): void {
  const value = 1 / Math.sqrt(Math.max(1, tokens.size / TYPICAL_TOKENS));
  for (const token of tokens) features.set(token, value);
}

/** Whether a feature name is a word token (a TokenPrefix, "2" for a pair, then a colon) rather than a dense feature. */
export const isToken = (name: string) => /^[a-z]2?:/.test(name);
