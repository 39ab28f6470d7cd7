import type { Intent } from '../../contracts/call-analytics.js';
import type { Turn } from '../../contracts/call-completed.js';
import { forLanguage, phraseWords, readTranscript, turnsMentioning, type Transcript } from './phrase-match.js';
import type { Profile, SubIntent } from './profile-schema.js';

export interface SubIntentMatch {
  name: string;
  parent: Intent;
}

/** The customer states why they call; the agent mostly echoes it or lists options. */
const ROLE_WEIGHT: Readonly<Record<Turn['role'], number>> = { customer: 2, agent: 1 };

/** Each mentioning turn counts by its speaker's weight times the phrase's length: longer phrases are more specific. */
function subIntentScore(subIntent: SubIntent, transcript: Transcript): number {
  let score = 0;
  for (const phrase of forLanguage(subIntent.phrases, transcript.language)) {
    const turns = turnsMentioning(transcript, phrase, { party: 'any', negatable: true });
    score += phraseWords(phrase).length * turns.reduce((sum, turn) => sum + ROLE_WEIGHT[turn.role], 0);
  }
  return score;
}

/** The profile's best-scoring sub-intent, the first listed on a tie; null when none is mentioned. */
export function detectSubIntent(profile: Profile, turns: readonly Turn[], language: string): SubIntentMatch | null {
  const transcript = readTranscript(turns, language, profile.signals);
  let best: SubIntent | null = null;
  let bestScore = 0;
  for (const subIntent of profile.subIntents) {
    const score = subIntentScore(subIntent, transcript);
    if (score > bestScore) [best, bestScore] = [subIntent, score];
  }
  return best && { name: best.name, parent: best.parent };
}
