import type { Turn } from '../../contracts/call-completed.js';
import { OMISSION_MARKER } from '../condense.js';
import type { CompiledCues } from './cues/index.js';
import type { PhraseIndex, PhraseMatch } from './phrase-index.js';
import { clausesOf } from './text.js';

/** A turn read once: its clauses' folded words and its position in the call. */
export interface ReadTurn {
  role: Turn['role'];
  text: string;
  clauses: readonly (readonly string[])[];
  /** Position in the call, 0 for the first turn. */
  index: number;
}

/** A call's turns read once for every analysis step, with its language's cues. */
export interface Conversation {
  cues: CompiledCues;
  turns: readonly ReadTurn[];
  customer: readonly ReadTurn[];
  agent: readonly ReadTurn[];
}

/** The turn that stands for the omitted middle of a long call says nothing about the call. */
const isOmissionMarker = (turn: Turn) => turn.text.trim() === OMISSION_MARKER;

export function readConversation(turns: readonly Turn[], cues: CompiledCues): Conversation {
  const read = turns
    .filter((turn) => !isOmissionMarker(turn))
    .map((turn, index): ReadTurn => ({ role: turn.role, text: turn.text, clauses: clausesOf(turn.text), index }));
  return { cues, turns: read, customer: read.filter((t) => t.role === 'customer'), agent: read.filter((t) => t.role === 'agent') };
}

/** Whether a negator stands within the few words before a match, in the same clause ("I'm not able to transfer you"). */
export function isNegated(words: readonly string[], match: PhraseMatch<unknown>, cues: CompiledCues, reach = 4): boolean {
  for (let at = match.start - 1; at >= Math.max(0, match.start - reach); at--) {
    if (cues.negators.has(words[at]!)) return true;
  }
  return false;
}

/** Whether a turn says one of the phrases; with `affirmed`, a negated mention does not count. */
export function says(turn: ReadTurn, phrases: PhraseIndex<unknown>, cues: CompiledCues, affirmed = false): boolean {
  return phrases.occursIn(turn.clauses, (words, match) => !affirmed || !isNegated(words, match, cues));
}

/** The last item that satisfies the predicate (Array#findLast is ES2023). */
export function lastWhere<T>(items: readonly T[], predicate: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return items[i];
  return undefined;
}

/** The last `share` of a list (at least `min` items): how a call ended. */
export function lastPart<T>(items: readonly T[], share: number, min = 1): readonly T[] {
  return items.slice(-Math.max(min, Math.ceil(items.length * share)));
}
