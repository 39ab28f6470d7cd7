import { intents, type Intent } from '../../contracts/call-analytics.js';
import { isNegated, says, type Conversation, type ReadTurn } from './conversation.js';
import { demandsEscalation } from './escalation.js';
import { intentModel, intentModelFeatures, intentProbabilities } from './intent-model.js';

/** The customer states why they call; the agent mostly echoes it or offers options. */
const ROLE_WEIGHT = { customer: 2, agent: 0.6 } as const;
/** The opening states the reason for calling; later talk drifts to details and next steps. */
const OPENING_CUSTOMER_TURNS = 2;
const OPENING_WEIGHT = 2.5;
/** A call the business placed is about what the agent offers, unless the customer turns it into a complaint. */
const OUTBOUND_SALES_BONUS = 6;
/** Demanding a manager or threatening to go elsewhere is what complaining customers do. */
const GRIEVANCE_BONUS = 5;

export type IntentScores = Record<Intent, number>;

function turnWeight(turn: ReadTurn, c: Conversation): number {
  const opening = turn.role === 'customer' && c.customer.indexOf(turn) < OPENING_CUSTOMER_TURNS;
  return ROLE_WEIGHT[turn.role] * (opening ? OPENING_WEIGHT : 1);
}

function phraseScore(c: Conversation, intent: Intent): number {
  const phrases = c.cues.intents[intent];
  let score = 0;
  for (const turn of c.turns) {
    const weight = turnWeight(turn, c);
    for (const words of turn.clauses) {
      for (const match of phrases.matchesIn(words)) if (!isNegated(words, match, c.cues, 2)) score += match.value * weight;
    }
  }
  return score;
}

/** Whether the agent opened the call pitching something: the business called the customer. */
export function isOutbound(c: Conversation): boolean {
  const opening = c.turns[0];
  return opening?.role === 'agent' && says(opening, c.cues.outboundOpening, c.cues);
}

/** Whether the customer demands a manager or threatens to go elsewhere. */
export function airsGrievance(c: Conversation): boolean {
  return c.customer.some((turn) => demandsEscalation(turn, c) || says(turn, c.cues.threats, c.cues, true));
}

/** Phrase evidence for each reason for calling, with the bonuses an outbound call and a grievance give. */
export function intentScores(c: Conversation, outbound: boolean, grievance: boolean): IntentScores {
  const scores = Object.fromEntries(intents.map((intent) => [intent, phraseScore(c, intent)])) as IntentScores;
  if (outbound) scores.sales += OUTBOUND_SALES_BONUS;
  if (grievance) scores.complaint += GRIEVANCE_BONUS;
  return scores;
}

/** The best-scoring reason (phrase scores or the model's probabilities); a call with no evidence at all is taken for a question. */
export function primaryIntent(scores: IntentScores): Intent {
  let best: Intent = 'info';
  for (const intent of intents) if (scores[intent] > scores[best]) best = intent;
  return best;
}

/**
 * The reason for calling as the intent model reads it (intent-model.ts): phrase evidence, the
 * vertical's sub-intent, broad cue classes, whether the business placed the call, and the words,
 * weighed by weights learned from labelled calls. Exactly what cross-validation scores: no rule
 * overrides the model afterwards.
 */
export function classifyIntent(c: Conversation, subIntentParent: Intent | null): Intent {
  return primaryIntent(intentProbabilities(intentModel, intentModelFeatures(c, subIntentParent)));
}
