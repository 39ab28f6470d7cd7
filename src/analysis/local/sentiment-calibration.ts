import { intents, type Intent } from '../../contracts/call-analytics.js';
import type { Outcome } from './call-sentiment.js';
import type { ReadTurn } from './conversation.js';
import { linearScores, loadModel, type LinearModel } from './linear-model.js';
import { addTokens, wordTokens } from './word-features.js';

/**
 * A learned calibration of the rule-based call sentiment onto the scale people label calls on: the
 * rules' score, the customer's turn scores (first, last, lowest, highest, mean, share of negative
 * turns), how the call ended, the reason for calling and the words of the customer's closing turns.
 * A linear regression with a log-cosh loss (linear-model.ts); its weights are data (models/sentiment.json),
 * fitted by train-models.ts on the same labelled calls as the intent model.
 */
const CLOSING_CUSTOMER_TURNS = 2;

export const sentimentModel: LinearModel = loadModel('sentiment', ['sentimentScore']);

export function calibrationFeatures(score: number, turnScores: readonly number[], outcome: Outcome, intent: Intent, customer: readonly ReadTurn[]): Map<string, number> {
  const n = turnScores.length;
  const features = new Map<string, number>([
    ['score', score],
    ['last', turnScores.at(-1) ?? 0],
    ['first', turnScores[0] ?? 0],
    ['lowest', Math.min(0, ...turnScores)],
    ['highest', Math.max(0, ...turnScores)],
    ['mean', n ? turnScores.reduce((a, b) => a + b, 0) / n : 0],
    ['negativeShare', n ? turnScores.filter((s) => s < -0.25).length / n : 0],
    ...Object.entries(outcome).map(([flag, on]): [string, number] => [flag, on ? 1 : 0]),
    ...intents.map((i): [string, number] => [`intent:${i}`, i === intent ? 1 : 0]),
  ]);
  addTokens(features, wordTokens(customer.slice(-CLOSING_CUSTOMER_TURNS), 'e'));
  return features;
}

export function calibrate(model: LinearModel, features: ReadonlyMap<string, number>): number {
  return Math.max(-1, Math.min(1, linearScores(model, features)[0]!));
}
