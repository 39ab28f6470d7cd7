import type { Intent } from '../../contracts/call-analytics.js';
import { lastWhere, says, type Conversation, type ReadTurn } from './conversation.js';
import type { PhraseIndex } from './phrase-index.js';
import { clausesOf, sentencesOf } from './text.js';

const MAX_SENTENCE_CHARS = 180;
/** Sentences with a redaction placeholder stay out of the summary. */
const PLACEHOLDER = /\[[A-Z]+\]/;
/** Greetings and names ("Hi Greg.") say nothing about the call. */
const MIN_WORDS = 4;

function shorten(sentence: string): string {
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_SENTENCE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

const usable = (sentence: string) => !PLACEHOLDER.test(sentence) && sentence.split(/\s+/).length >= MIN_WORDS;

function weightIn(sentence: string, phrases: PhraseIndex<number>): number {
  return clausesOf(sentence).reduce((sum, words) => sum + phrases.matchesIn(words).reduce((s, m) => s + m.value, 0), 0);
}

/** The customer's sentence that best states the reason for calling, from their opening turns. */
function reasonSentence(c: Conversation, intent: Intent): string | null {
  const sentences = c.customer.slice(0, 2).flatMap((t) => sentencesOf(t.text)).filter(usable);
  let best: string | null = sentences[0] ?? null;
  let bestWeight = 0;
  for (const sentence of sentences) {
    const weight = weightIn(sentence, c.cues.intents[intent]);
    if (weight > bestWeight) [best, bestWeight] = [sentence, weight];
  }
  return best;
}

/** The last sentence that says how it ended: a hand-over, a fix, a refusal, or else the customer's last words. */
function outcomeSentence(c: Conversation): string | null {
  const { cues } = c;
  const telling = (t: ReadTurn) => says(t, cues.handover, cues, true) || says(t, cues.followUp, cues, true) || says(t, cues.resolution, cues, true) || says(t, cues.badNews, cues, true);
  const turn = lastWhere(c.agent, telling) ?? c.customer.at(-1);
  return turn ? (sentencesOf(turn.text).filter(usable).at(-1) ?? null) : null;
}

/** One or two sentences taken from the call: the customer's reason, then the outcome; never a redaction placeholder. */
export function summarize(c: Conversation, intent: Intent): string {
  const reason = reasonSentence(c, intent);
  const outcome = outcomeSentence(c);
  const parts = [reason, outcome !== reason ? outcome : null].filter((s): s is string => s !== null).map(shorten);
  return parts.length > 0 ? parts.join(' ') : `A ${intent} call with no usable transcript.`;
}
