import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../services/paths.js';
import { isToken } from './word-features.js';
import { roundTo } from '../../round.js';

/**
 * Linear models over named features, the way the offline analyzer learns from labelled calls: a
 * softmax classifier (the reason for calling) and a regression (the sentiment calibration). Features
 * are sparse: a call has a few dozen dense cues and a few hundred word tokens out of thousands.
 * Weights are data (models/*.json), fitted by train-models.ts; prediction is a dot product.
 */

/** A call's features by name; absent features are 0. */
export type Features = ReadonlyMap<string, number>;

export interface LinearModel {
  /** Where the weights came from. */
  trainedOn?: string;
  /** What each weight column predicts: class names for a classifier, one name for a regression. */
  outputs: readonly string[];
  /** Per feature, one weight per output; the feature `bias` is always 1. */
  weights: Readonly<Record<string, readonly number[]>>;
}

const BIAS = 'bias';

/** A shipped model (src/analysis/local/models/<name>.json), checked against the outputs its reader expects. */
export function loadModel(name: string, outputs: readonly string[]): LinearModel {
  const file = join(projectRoot, 'src/analysis/local/models', `${name}.json`);
  const model = JSON.parse(readFileSync(file, 'utf8')) as LinearModel;
  const bad = Object.entries(model.weights).find(([, w]) => w.length !== outputs.length);
  if (model.outputs.join() !== outputs.join() || bad) throw new Error(`${file}: not a model of ${outputs.join(', ')}${bad ? ` (feature ${bad[0]})` : ''}; retrain with train-models.ts`);
  return model;
}

/** The model's raw output per column: a weighted sum of the features present. */
export function linearScores(model: LinearModel, features: Features): number[] {
  const sums = model.outputs.map((_, k) => model.weights[BIAS]?.[k] ?? 0);
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (w) for (let k = 0; k < sums.length; k++) sums[k]! += w[k]! * value;
  }
  return sums;
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((x) => Math.exp(x - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export interface FitOptions {
  /** L2 penalty per word-token weight (word-features.ts); the bias is not penalised. */
  l2: number;
  /** L2 penalty per weight of the other, dense features: few, always present, and worth keeping. */
  l2Dense: number;
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  /** Features seen in fewer training examples than this are left out: they only memorise. */
  minCount: number;
  /**
   * A regression's loss is squared error, or with this set, log-cosh with this scale: squared for
   * residuals well below it, absolute above. Absolute error is what the targets are judged by, and
   * it lets a few calls the features misread pull less on the fit. Unused by a classifier.
   */
  residualScale?: number;
  /** Word tokens whose weights all stay below this are dropped from the model: thousands of them change next to nothing. */
  minTokenWeight?: number;
}

export interface Example {
  features: Features;
  /** A class index for a classifier, the target value for a regression. */
  target: number;
  /** How much the example counts in the loss; 1 by default. */
  weight?: number;
}

interface Row {
  index: Int32Array;
  value: Float64Array;
}

/** The features kept for training (seen often enough) and each example as index/value arrays. */
function encode(examples: readonly Example[], minCount: number): { names: string[]; rows: Row[] } {
  const counts = new Map<string, number>();
  for (const { features } of examples) for (const name of features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [BIAS, ...[...counts].filter(([name, n]) => name !== BIAS && n >= minCount).map(([name]) => name).sort()];
  const column = new Map(names.map((name, j) => [name, j]));
  const rows = examples.map(({ features }) => {
    const present = [...features].filter(([name, v]) => v !== 0 && column.has(name) && name !== BIAS);
    return { index: Int32Array.from([0, ...present.map(([name]) => column.get(name)!)]), value: Float64Array.from([1, ...present.map(([, v]) => v)]) };
  });
  return { names, rows };
}

/** The derivative of the regression loss at a residual: squared error without a scale, log-cosh with one. */
const dLoss = (residual: number, scale: number | undefined) => (scale === undefined ? residual : scale * Math.tanh(residual / scale));

/**
 * Full-batch AdaGrad on an L2-regularised loss: multinomial log loss for a classifier (outputs > 1),
 * squared or log-cosh error for a regression (one output). Deterministic: no sampling, fixed epochs.
 */
export function fitLinear(outputs: readonly string[], examples: readonly Example[], { l2, l2Dense, epochs, rate, minCount, residualScale, minTokenWeight = 0 }: FitOptions): LinearModel {
  if (examples.length === 0) throw new Error('fitLinear: no examples to learn from');
  const { names, rows } = encode(examples, minCount);
  const K = outputs.length;
  const F = names.length;
  const w = new Float64Array(K * F);
  const squares = new Float64Array(K * F);
  const grad = new Float64Array(K * F);
  const out = new Float64Array(K);
  const totalWeight = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0);
  const penalty = Float64Array.from(names, (name) => (name === BIAS ? 0 : isToken(name) ? l2 : l2Dense));
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    rows.forEach(({ index, value }, n) => {
      for (let k = 0; k < K; k++) {
        let sum = 0;
        for (let q = 0; q < index.length; q++) sum += w[k * F + index[q]!]! * value[q]!;
        out[k] = sum;
      }
      const { target, weight = 1 } = examples[n]!;
      const residuals = K > 1 ? softmax([...out]).map((p, k) => weight * (p - (k === target ? 1 : 0))) : [weight * dLoss(out[0]! - target, residualScale)];
      for (let k = 0; k < K; k++) for (let q = 0; q < index.length; q++) grad[k * F + index[q]!]! += residuals[k]! * value[q]!;
    });
    for (let i = 0; i < K * F; i++) {
      const g = grad[i]! / totalWeight + penalty[i % F]! * w[i]!;
      if (g === 0) continue;
      squares[i]! += g * g;
      w[i]! -= (rate * g) / (Math.sqrt(squares[i]!) + 1e-8);
    }
  }
  const weights: Record<string, number[]> = {};
  names.forEach((name, j) => {
    const column = outputs.map((_, k) => roundTo(w[k * F + j]!, 3));
    const largest = Math.max(...column.map(Math.abs));
    if (largest > 0 && (largest >= minTokenWeight || !isToken(name))) weights[name] = column;
  });
  return { outputs, weights };
}
