import type { Intent } from '../../contracts/call-analytics.js';
import type { Turn } from '../../contracts/call-completed.js';
import { detectLeadSignals, leadScore, type Profile } from '../profiles/index.js';
import { lastPart, says, type Conversation } from './conversation.js';

/** A customer who commits (books, orders, asks for the contract) is closer to revenue than one who only has the need. */
const COMMITMENT_BONUS = 12;
/** "I'll think about it" at the end outweighs the interest shown before. */
const RELUCTANCE_PENALTY = 20;
/** Complaints and unhappy callers are not leads, whatever they mention. */
const COMPLAINT_CAP = 10;
const UNHAPPY_CAP = 20;
const UNHAPPY_BELOW = -0.3;

export interface LeadEvidenceInput {
  profile: Profile;
  turns: readonly Turn[];
  language: string;
  intent: Intent;
  subIntent: string | null;
  categories: readonly string[];
  sentiment: number;
}

/**
 * How likely the call leads to new revenue, 0–100: the profile's lead rules (intent base, BANT
 * signals, sub-intent and category weights), then what the customer does with it at the end.
 */
export function scoreLead(c: Conversation, input: LeadEvidenceInput): number {
  const { profile, turns, language, intent, subIntent, categories, sentiment } = input;
  const signals = detectLeadSignals(profile, turns, language);
  let score = leadScore(profile, { intent, signals, subIntent, categories }).score;
  const { cues } = c;
  if (c.customer.some((t) => says(t, cues.commitment, cues, true))) score += COMMITMENT_BONUS;
  if (lastPart(c.customer, 0.5).some((t) => says(t, cues.reluctance, cues))) score -= RELUCTANCE_PENALTY;
  if (intent === 'complaint') score = Math.min(score, COMPLAINT_CAP);
  if (sentiment < UNHAPPY_BELOW) score = Math.min(score, UNHAPPY_CAP);
  return Math.round(Math.max(0, Math.min(100, score)));
}
