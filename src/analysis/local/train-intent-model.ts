/**
 * Trains the intent model's weights (intent-weights.ts), then the sentiment calibration
 * (sentiment-weights.ts, read with the freshly trained intents), on hand-labelled calls:
 *
 *   npx tsx src/analysis/local/train-intent-model.ts
 *
 * Training data (TRAINING_DATA below): the tune part of data/eval/calls.jsonl (by splitOf) and the
 * whole of data/eval/tune-extra-1.jsonl and data/eval/tune-extra-2.jsonl. Never the test part.
 * Deterministic: full-batch AdaGrad on an L2-regularised multinomial log loss, fixed epochs, no randomness.
 */
import { writeFileSync } from 'node:fs';
import { intents, type Intent } from '../../contracts/call-analytics.js';
import { asCall, loadDataset, type LabelledCall } from '../../evaluation/dataset.js';
import { splitOf } from '../../evaluation/split.js';
import { prepareCall } from '../../pipeline/prepare-call.js';
import { detectSubIntent, loadProfiles } from '../profiles/index.js';
import { callSentiment } from './call-sentiment.js';
import { readConversation, type Conversation } from './conversation.js';
import { fitCalibration, type CalibrationWeights } from './sentiment-calibration.js';
import { cuesFor } from './cues/index.js';
import { intentFeatureNames, intentFeatures, intentProbabilities, type IntentFeatures, type IntentWeights } from './intent-model.js';

export const TRAINING_DATA = [
  { file: 'data/eval/calls.jsonl', split: 'tune' },
  { file: 'data/eval/tune-extra-1.jsonl', split: null },
  { file: 'data/eval/tune-extra-2.jsonl', split: null },
] as const;

export interface Example {
  features: IntentFeatures;
  intent: Intent;
  /** For the sentiment calibration. */
  conversation: Conversation;
  sentimentScore: number | undefined;
}

const profiles = loadProfiles();

export function exampleOf(call: LabelledCall): Example {
  const prepared = prepareCall(asCall(call)).call;
  const conversation = readConversation(prepared.turns, cuesFor(prepared.language));
  const { profile } = profiles.get(prepared.vertical);
  const sub = detectSubIntent(profile, prepared.turns, prepared.language);
  return { features: intentFeatures(conversation, sub?.parent ?? null), intent: call.labels.intent!, conversation, sentimentScore: call.labels.sentimentScore };
}

export interface TrainOptions {
  l2?: number;
  epochs?: number;
  rate?: number;
}

export function train(examples: readonly Example[], { l2 = 0.01, epochs = 400, rate = 0.3 }: TrainOptions = {}): IntentWeights {
  const K = intents.length;
  const F = intentFeatureNames.length;
  const w = Array.from({ length: K }, () => new Float64Array(F));
  const acc = Array.from({ length: K }, () => new Float64Array(F));
  const xs = examples.map((e) => intentFeatureNames.map((n) => e.features[n]));
  const ys = examples.map((e) => intents.indexOf(e.intent));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = Array.from({ length: K }, () => new Float64Array(F));
    xs.forEach((x, n) => {
      const logits = w.map((wk) => {
        let sum = 0;
        for (let j = 0; j < F; j++) sum += x[j]! * wk[j]!;
        return sum;
      });
      const max = Math.max(...logits);
      const exps = logits.map((l) => Math.exp(l - max));
      const total = exps.reduce((a, b) => a + b, 0);
      for (let k = 0; k < K; k++) {
        const p = exps[k]! / total - (ys[n] === k ? 1 : 0);
        for (let j = 0; j < F; j++) grad[k]![j]! += p * x[j]!;
      }
    });
    for (let k = 0; k < K; k++) {
      for (let j = 0; j < F; j++) {
        const g = grad[k]![j]! / xs.length + (j === 0 ? 0 : l2 * w[k]![j]!);
        acc[k]![j]! += g * g;
        w[k]![j]! -= (rate * g) / (Math.sqrt(acc[k]![j]!) + 1e-8);
      }
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return Object.fromEntries(intents.map((intent, k) => [intent, Object.fromEntries(intentFeatureNames.map((n, j) => [n, round(w[k]![j]!)]).filter(([, v]) => v !== 0))])) as IntentWeights;
}

/** The sentiment calibration, fitted on the calls' rule-based sentiment read with the given intent model. */
export function trainCalibration(examples: readonly Example[], weights: IntentWeights, lambda = 1): CalibrationWeights {
  const rows = examples.flatMap((e) => {
    if (e.sentimentScore === undefined) return [];
    const p = intentProbabilities(weights, e.features);
    const intent = intents.reduce((best, i) => (p[i] > p[best] ? i : best), 'info' as Intent);
    return [{ features: callSentiment(e.conversation, intent, null).features, label: e.sentimentScore }];
  });
  return fitCalibration(rows, lambda);
}

export function trainingCalls(root = '.', data: readonly { file: string; split: string | null }[] = TRAINING_DATA): LabelledCall[] {
  return data.flatMap(({ file, split }) => {
    try {
      return loadDataset(`${root}/${file}`).filter((c) => c.labels.intent !== undefined && (split === null || splitOf(c.callId) === split));
    } catch {
      return [];
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--tune-only`: the tune part of calls.jsonl alone (to validate on the extra files before training on them).
  // `--exclude <file>`: leave a file out (to validate on it before training on it).
  const excluded = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--exclude' ? [arg] : []));
  const data = (process.argv.includes('--tune-only') ? TRAINING_DATA.slice(0, 1) : TRAINING_DATA).filter((d) => !excluded.includes(d.file));
  const calls = trainingCalls('.', data);
  const examples = calls.map(exampleOf);
  const weights = train(examples);
  const body = JSON.stringify(weights, null, 2);
  const calibration = trainCalibration(examples, weights);
  writeFileSync(
    new URL('./sentiment-weights.ts', import.meta.url),
    `// Generated by train-intent-model.ts from ${calls.length} labelled calls. Do not edit.\nimport type { CalibrationWeights } from './sentiment-calibration.js';\n\nexport const sentimentWeights: CalibrationWeights | null = ${JSON.stringify(calibration, null, 2)};\n`,
  );
  writeFileSync(
    new URL('./intent-weights.ts', import.meta.url),
    `// Generated by train-intent-model.ts from ${calls.length} labelled calls (${data.map((d) => d.file + (d.split ? ` [${d.split} part]` : '')).join(', ')}). Do not edit.\nimport type { IntentWeights } from './intent-model.js';\n\nexport const intentWeights: IntentWeights = ${body};\n`,
  );
  console.log(`trained on ${calls.length} calls`);
}
