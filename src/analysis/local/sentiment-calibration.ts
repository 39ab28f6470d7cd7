import { intents, type Intent } from '../../contracts/call-analytics.js';
import type { Outcome } from './call-sentiment.js';

/**
 * A linear calibration of the rule-based call sentiment onto the scale people label calls on: the
 * rules' score and the customer's turn scores (first, last, lowest, highest, mean, share of negative
 * turns), how the call ended and the reason for calling. Ridge least squares; the weights are data
 * (sentiment-weights.ts), fitted by train-intent-model.ts on the same labelled calls as the intent model.
 */
export const calibrationFeatureNames = [
  'bias',
  'score',
  'last',
  'first',
  'lowest',
  'highest',
  'mean',
  'negativeShare',
  'reconciled',
  'threatened',
  'resigned',
  'hungUp',
  'unresolved',
  'resolved',
  'recorded',
  ...intents.map((i) => `intent:${i}`),
] as const;

export type CalibrationWeights = Readonly<Partial<Record<string, number>>>;

export function calibrationFeatures(score: number, turnScores: readonly number[], outcome: Outcome, intent: Intent): number[] {
  const n = turnScores.length;
  const flags = [outcome.reconciled, outcome.threatened, outcome.resigned, outcome.hungUp, outcome.unresolved, outcome.resolved, outcome.recorded].map(Number);
  return [
    1,
    score,
    turnScores.at(-1) ?? 0,
    turnScores[0] ?? 0,
    Math.min(0, ...turnScores),
    Math.max(0, ...turnScores),
    n ? turnScores.reduce((a, b) => a + b, 0) / n : 0,
    n ? turnScores.filter((s) => s < -0.25).length / n : 0,
    ...flags,
    ...intents.map((i) => (i === intent ? 1 : 0)),
  ];
}

export function calibrate(weights: CalibrationWeights, features: readonly number[]): number {
  let sum = 0;
  calibrationFeatureNames.forEach((name, j) => (sum += (weights[name] ?? 0) * features[j]!));
  return Math.max(-1, Math.min(1, sum));
}

/** Ridge least squares: (XᵀX + λI)w = Xᵀy, the bias not penalised. */
export function fitCalibration(rows: readonly { features: readonly number[]; label: number }[], lambda = 1): CalibrationWeights {
  const d = calibrationFeatureNames.length;
  const a = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i > 0 ? lambda : 0)));
  const b = new Array<number>(d).fill(0);
  for (const { features: x, label } of rows) {
    for (let i = 0; i < d; i++) {
      b[i]! += x[i]! * label;
      for (let j = 0; j < d; j++) a[i]![j]! += x[i]! * x[j]!;
    }
  }
  for (let i = 0; i < d; i++) {
    let pivot = i;
    for (let k = i + 1; k < d; k++) if (Math.abs(a[k]![i]!) > Math.abs(a[pivot]![i]!)) pivot = k;
    [a[i], a[pivot]] = [a[pivot]!, a[i]!];
    [b[i], b[pivot]] = [b[pivot]!, b[i]!];
    for (let k = 0; k < d; k++) {
      if (k === i || a[i]![i] === 0) continue;
      const f = a[k]![i]! / a[i]![i]!;
      for (let j = i; j < d; j++) a[k]![j]! -= f * a[i]![j]!;
      b[k]! -= f * b[i]!;
    }
  }
  return Object.fromEntries(calibrationFeatureNames.map((name, i) => [name, a[i]![i] ? Math.round((b[i]! / a[i]![i]!) * 1000) / 1000 : 0]));
}
