import type { Intent } from '../../contracts/call-analytics.js';
import { lastPart, lastWhere, says, type Conversation, type ReadTurn } from './conversation.js';
import type { LinearModel } from './linear-model.js';
import { calibrate, calibrationFeatures, sentimentModel } from './sentiment-calibration.js';
import { scoreText } from './text-sentiment.js';

/** What the end of the call says about how the customer feels, beyond their words' sentiment. */
export interface Outcome {
  /** The customer apologised for their earlier tone: whatever went wrong is settled. */
  reconciled: boolean;
  /** The customer threatens to take it elsewhere. */
  threatened: boolean;
  /** The customer accepts an outcome they did not want. */
  resigned: boolean;
  /** The line went dead on the agent. */
  hungUp: boolean;
  /** Late in the call the agent could not help, and nothing was solved after. */
  unresolved: boolean;
  /** Something was done or fixed late in the call. */
  resolved: boolean;
  /** The customer spoke to a recorded greeting or menu. */
  recorded: boolean;
}

export interface CallSentiment {
  score: number;
  outcome: Outcome;
  /** What the calibration read (sentiment-calibration.ts). */
  features: Map<string, number>;
}

/** Weight of the first customer turn; the last weighs 2 − this: how the call ended matters most. */
const FIRST_TURN_WEIGHT = 0.3;
/**
 * Feelings add up over a call: a caller who is pleased in turn after turn is happier than one who
 * says "thanks" once. Complaints weigh more than praise: one sharp complaint outweighs polite thanks.
 */
const PRAISE_SLOPE = 0.6;
const COMPLAINT_SLOPE = 1.5;
const CALL_CEILING = 0.9;
/** A complaint nothing was done about stays short of positive, however polite the goodbye. */
const UNSETTLED_COMPLAINT_CEILING = -0.3;
/** A message left on a machine carries little feeling about the business. */
const RECORDED_DAMPING = 0.4;
const RECONCILED_FLOOR = 0.55;
const UNRESOLVED_CEILING = 0;
const RESIGNED_CEILING = 0.2;
const RESIGNED_UNRESOLVED_CEILING = -0.35;
const THREAT_CEILING = -0.65;
const HANG_UP_CEILING = -0.5;

/** An exclamation mark says the customer means it: their turn's feeling counts more. */
const EXCLAIMED = 1.4;

/** The closing stretch of a call, as a share of the customer's turns, where its outcome is read. */
const CLOSING_SHARE = 0.4;

const clamp = (x: number, lo = -1, hi = 1) => Math.max(lo, Math.min(hi, x));

/** The agent turn right before a customer turn: what the customer is answering. */
function answeredTurn(c: Conversation, turn: ReadTurn): ReadTurn | undefined {
  return lastWhere(c.turns.slice(0, turn.index), (t) => t.role === 'agent');
}

/** Each customer turn's sentiment; praise right after bad news is read as sarcasm. */
function customerTurnScores(c: Conversation): number[] {
  return c.customer.map((turn) => {
    const answered = answeredTurn(c, turn);
    const badContext = answered !== undefined && says(answered, c.cues.badNews, c.cues, true);
    const score = scoreText(turn.text, c.cues, badContext);
    return turn.text.includes('!') ? clamp(score * EXCLAIMED) : score;
  });
}

/** The customer's turns' sentiment added up, later turns weighing more, complaints more than praise. */
function accumulatedSentiment(scores: readonly number[]): number {
  let praise = 0;
  let complaints = 0;
  scores.forEach((score, i) => {
    const position = scores.length > 1 ? i / (scores.length - 1) : 1;
    const weight = FIRST_TURN_WEIGHT + 2 * (1 - FIRST_TURN_WEIGHT) * position;
    if (score > 0) praise += score * weight;
    else complaints += score * weight;
  });
  return CALL_CEILING * Math.tanh(PRAISE_SLOPE * praise + COMPLAINT_SLOPE * complaints);
}

/** The call ends on the agent asking into a dead line ("Hello? Are you still there?"): a short clause after their first. */
function agentFindsLineDead(lastTurn: ReadTurn, c: Conversation): boolean {
  return lastTurn.role === 'agent' && lastTurn.clauses.slice(1).some((words) => words.length <= 3 && c.cues.hangUp.longestAt(words, 0) !== undefined);
}

function readOutcome(c: Conversation): Outcome {
  const { cues } = c;
  const closingCustomer = lastPart(c.customer, CLOSING_SHARE);
  const closingTurns = c.turns.filter((t) => t.index >= (closingCustomer[0]?.index ?? 0));
  const lastBadNews = lastWhere(closingTurns, (t) => t.role === 'agent' && says(t, cues.badNews, cues, true));
  const resolvedAfter = (from: number) => closingTurns.some((t) => t.index > from && says(t, cues.resolution, cues, true));
  const lastTurn = c.turns.at(-1);
  return {
    reconciled: lastPart(c.customer, 0.6).some((t) => says(t, cues.apologyForTone, cues)),
    threatened: closingCustomer.some((t) => says(t, cues.threats, cues, true)),
    resigned: lastPart(c.customer, 0, 2).some((t) => says(t, cues.resignation, cues)),
    hungUp: lastTurn !== undefined && c.turns.length > 2 && agentFindsLineDead(lastTurn, c),
    unresolved: lastBadNews !== undefined && !resolvedAfter(lastBadNews.index),
    resolved: closingTurns.some((t) => says(t, cues.resolution, cues, true)),
    recorded: c.agent[0] !== undefined && says(c.agent[0], cues.recordedLine, cues),
  };
}

/**
 * How the customer feels about the call as a whole, in [-1, 1], weighted toward how it ended: their
 * turns' sentiment added up with the closing turns counting most, then what the ending says on its
 * own. An angry start that ends reconciled is not negative; a polite call that ends unresolved, or a
 * complaint nothing was done about, is not positive.
 */
export function callSentiment(c: Conversation, intent: Intent, model: LinearModel | null = sentimentModel): CallSentiment {
  const outcome = readOutcome(c);
  const turnScores = customerTurnScores(c);
  let score = accumulatedSentiment(turnScores);
  if (intent === 'complaint' && !outcome.resolved && !outcome.reconciled) score = Math.min(score, UNSETTLED_COMPLAINT_CEILING);
  if (outcome.recorded) score *= RECORDED_DAMPING;
  if (outcome.reconciled) score = Math.max(score, RECONCILED_FLOOR);
  if (outcome.unresolved && !outcome.reconciled) score = Math.min(score, UNRESOLVED_CEILING);
  if (outcome.resigned) score = Math.min(score, outcome.unresolved ? RESIGNED_UNRESOLVED_CEILING : RESIGNED_CEILING);
  if (outcome.threatened) score = Math.min(score, THREAT_CEILING);
  if (outcome.hungUp) score = Math.min(score, HANG_UP_CEILING);
  score = clamp(score);
  const features = calibrationFeatures(score, turnScores, outcome, intent, c.customer);
  return { score: model ? calibrate(model, features) : score, outcome, features };
}
