/**
 * Trains the offline analyzer's learned models on hand-labelled calls and writes them to models/:
 * the intent classifier (intent.json), then the sentiment calibration (sentiment.json), which reads
 * the intents the fresh classifier gives.
 *
 *   npx tsx src/analysis/local/train-models.ts          train on all tuning data, write the models
 *   npx tsx src/analysis/local/train-models.ts --cv     cross-validation, writes nothing
 *
 * Tuning data: the tune part of data/eval/calls.jsonl (by splitOf) and every data/eval/tune-extra-*.jsonl.
 * Never the test part. Each extra file was written by a different author, so leaving one file out
 * at a time measures how the models do on calls written by someone they have not read; the tune
 * part of calls.jsonl, whose authors wrote the test part, is left out a fifth at a time. Deterministic: the same data gives the same weights.
 */
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { intents, type Intent } from '../../contracts/call-analytics.js';
import { asCall, loadDataset, type LabelledCall } from '../../evaluation/dataset.js';
import { splitOf } from '../../evaluation/split.js';
import { projectRoot } from '../../services/paths.js';
import { prepareCall } from '../../pipeline/prepare-call.js';
import { detectSubIntent, loadProfiles } from '../profiles/index.js';
import { callSentiment } from './call-sentiment.js';
import { readConversation, type Conversation } from './conversation.js';
import { cuesFor } from './cues/index.js';
import { primaryIntent } from './intent.js';
import { intentModelFeatures, intentProbabilities } from './intent-model.js';
import { fitLinear, type FitOptions, type LinearModel } from './linear-model.js';
import { calibrate } from './sentiment-calibration.js';

const DATA_DIR = 'data/eval';
/** The labelled set whose test part the targets are measured on; its tune part is in the training data. */
const LABELLED_SET = 'calls.jsonl';
/** The tune part of the labelled set is split this many ways in cross-validation: it is the test part's nearest kin. */
const CALLS_FOLDS = 5;
/** How the models are fitted: chosen by the cross-validation below, never by the test part. */
export interface TrainingSetup {
  intentFit: FitOptions;
  sentimentFit: FitOptions;
  /**
   * How many times a call of the calls.jsonl tune part counts in each model's training. Its authors
   * wrote the test part, and their scale (how positive a "positive" call is) differs from the extra
   * files' authors', which matters more for the sentiment score than for the intent.
   */
  labelledSetWeight: { intent: number; sentiment: number };
}

const SETUP: TrainingSetup = {
  intentFit: { l2: 0.00025, l2Dense: 0.001, epochs: 200, rate: 0.3, minCount: 3, minTokenWeight: 0.05 },
  sentimentFit: { l2: 0.03, l2Dense: 0.001, epochs: 1000, rate: 0.3, minCount: 3, residualScale: 0.1 },
  labelledSetWeight: { intent: 6, sentiment: 12 },
};

export interface TrainingCall {
  /** The file it came from: one author's calls. */
  file: string;
  /** Where cross-validation holds it out: its file, or a fifth of the tune part of calls.jsonl. */
  fold: string;
  callId: string;
  conversation: Conversation;
  features: Map<string, number>;
  intent: Intent;
  sentimentScore: number | undefined;
}

const profiles = loadProfiles();

function trainingCallOf(call: LabelledCall, file: string): TrainingCall {
  const prepared = prepareCall(asCall(call)).call;
  const conversation = readConversation(prepared.turns, cuesFor(prepared.language));
  const sub = detectSubIntent(profiles.get(prepared.vertical).profile, prepared.turns, prepared.language);
  const fold = file === LABELLED_SET ? `${file}#${createHash('sha256').update(call.callId).digest()[1]! % CALLS_FOLDS}` : file;
  return { file, fold, callId: call.callId, conversation, features: intentModelFeatures(conversation, sub?.parent ?? null), intent: call.labels.intent!, sentimentScore: call.labels.sentimentScore };
}

/** The tune part of calls.jsonl and every tune-extra file; calls without an intent label are left out. */
export function tuningCalls(dir = DATA_DIR): TrainingCall[] {
  const files = [LABELLED_SET, ...readdirSync(dir).filter((f) => /^tune-extra-.*\.jsonl$/.test(f)).sort()];
  return files.flatMap((name) =>
    loadDataset(`${dir}/${name}`)
      .filter((c) => c.labels.intent !== undefined && (name !== LABELLED_SET || splitOf(c.callId) === 'tune'))
      .map((c) => trainingCallOf(c, name)),
  );
}

function predictIntent(model: LinearModel, features: Map<string, number>): Intent {
  return primaryIntent(intentProbabilities(model, features));
}

export interface Models {
  intent: LinearModel;
  sentiment: LinearModel;
}

export function trainModels(calls: readonly TrainingCall[], setup = SETUP): Models {
  const weightOf = (c: TrainingCall, model: 'intent' | 'sentiment') => (c.file === LABELLED_SET ? setup.labelledSetWeight[model] : 1);
  const intent = fitLinear(intents, calls.map((c) => ({ features: c.features, target: intents.indexOf(c.intent), weight: weightOf(c, 'intent') })), setup.intentFit);
  const labelled = calls.filter((c) => c.sentimentScore !== undefined);
  const sentimentExamples = labelled.map((c) => ({ features: callSentiment(c.conversation, predictIntent(intent, c.features), null).features, target: c.sentimentScore!, weight: weightOf(c, 'sentiment') }));
  return { intent, sentiment: fitLinear(['sentimentScore'], sentimentExamples, setup.sentimentFit) };
}

export interface FoldScore {
  fold: string;
  calls: number;
  intentAccuracy: number;
  sentimentMae: number;
}

/** Trains without each fold in turn and scores the models on the fold left out. */
export function crossValidate(calls: readonly TrainingCall[], setup = SETUP): FoldScore[] {
  const folds = [...new Set(calls.map((c) => c.fold))].sort();
  return folds.map((fold) => {
    const models = trainModels(calls.filter((c) => c.fold !== fold), setup);
    const held = calls.filter((c) => c.fold === fold);
    let right = 0;
    let error = 0;
    let scored = 0;
    for (const c of held) {
      const intent = predictIntent(models.intent, c.features);
      if (intent === c.intent) right++;
      if (c.sentimentScore === undefined) continue;
      error += Math.abs(calibrate(models.sentiment, callSentiment(c.conversation, intent, null).features) - c.sentimentScore);
      scored++;
    }
    return { fold, calls: held.length, intentAccuracy: right / held.length, sentimentMae: scored ? error / scored : NaN };
  });
}

/** Pooled over some folds' calls. */
function pooled(folds: readonly FoldScore[]): Omit<FoldScore, 'fold'> {
  const calls = folds.reduce((n, f) => n + f.calls, 0);
  const mean = (key: 'intentAccuracy' | 'sentimentMae') => folds.reduce((s, f) => s + f[key] * f.calls, 0) / calls;
  return { calls, intentAccuracy: mean('intentAccuracy'), sentimentMae: mean('sentimentMae') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const calls = tuningCalls();
  if (process.argv.includes('--cv')) {
    const folds = crossValidate(calls);
    const summary = [
      { fold: `${LABELLED_SET} tune part`, ...pooled(folds.filter((f) => f.fold.startsWith(LABELLED_SET))) },
      { fold: 'extra files', ...pooled(folds.filter((f) => !f.fold.startsWith(LABELLED_SET))) },
    ];
    for (const f of [...folds, ...summary]) console.log(`${f.fold.padEnd(24)} ${String(f.calls).padStart(4)} calls  intent ${(f.intentAccuracy * 100).toFixed(1)} %  sentiment MAE ${f.sentimentMae.toFixed(3)}`);
  } else {
    const models = trainModels(calls);
    const trainedOn = `${calls.length} labelled calls: ${[...new Set(calls.map((c) => c.file))].join(', ')} (calls.jsonl: tune part only)`;
    for (const [name, model] of Object.entries(models)) writeFileSync(join(projectRoot, 'src/analysis/local/models', `${name}.json`), `${JSON.stringify({ trainedOn, ...model })}\n`);
    console.log(`trained on ${trainedOn}`);
  }
}
