import { intents, type Intent } from '../../contracts/call-analytics.js';
import { cueClassNames } from './cues/cue-classes.js';
import { isNegated, says, type Conversation, type ReadTurn } from './conversation.js';
import { airsGrievance, intentScores, isOutbound } from './intent.js';
import { linearScores, loadModel, softmax, type Features, type LinearModel } from './linear-model.js';
import { scoreText } from './text-sentiment.js';
import { addTokens, wordTokens } from './word-features.js';

/**
 * A small multinomial logistic regression over dense, language-independent features of a call: the
 * phrase evidence for each intent, the profile's sub-intent, broad cue classes (repeated contact,
 * dissatisfaction, past failure, present malfunction, help requests, questions), who states the
 * problem and how the customer sounds when they state it; and the words themselves
 * (word-features.ts). Its weights are data (models/intent.json), trained by train-models.ts.
 */

/** The customer turns where the reason for calling is stated. */
const OPENING_CUSTOMER_TURNS = 2;

const intentFeatureNames = [
  ...intents.map((i) => `rule:${i}`),
  ...intents.map((i) => `sub:${i}`),
  'outbound',
  'grievance',
  ...cueClassNames.map((c) => `open:${c}`),
  ...cueClassNames.map((c) => `all:${c}`),
  ...cueClassNames.map((c) => `agent:${c}`),
  'open:questionMarks',
  'open:negative',
  'open:positive',
  'agent:badNews',
  'open:when',
  'all:when',
  'open:money',
  'all:commitment',
  'all:reluctance',
  'agent:firstIsOpening',
  'customer:turns',
] as const;

type IntentFeatureName = (typeof intentFeatureNames)[number];
type IntentFeatures = Record<IntentFeatureName, number>;

type ClassCounts = Record<(typeof cueClassNames)[number], number>;

/** How often each cue class occurs in a turn, negated mentions of the asking and feeling classes left out. */
function classCounts(turn: ReadTurn, c: Conversation): ClassCounts {
  const counts = Object.fromEntries(cueClassNames.map((name) => [name, 0])) as ClassCounts;
  for (const name of cueClassNames) {
    const negatable = name !== 'malfunction' && name !== 'pastFailure';
    for (const words of turn.clauses) for (const match of c.cues.classes[name].matchesIn(words)) if (!negatable || !isNegated(words, match, c.cues, 2)) counts[name] += 1;
  }
  return counts;
}

function sumCounts(counts: readonly ClassCounts[], name: (typeof cueClassNames)[number]): number {
  let n = 0;
  for (const turnCounts of counts) n += turnCounts[name];
  return n;
}

const squashCount = (n: number) => Math.log1p(n) / Math.LN2 / 2;

/** The dense features of one call. */
function intentFeatures(c: Conversation, subIntentParent: Intent | null): IntentFeatures {
  const opening = c.customer.slice(0, OPENING_CUSTOMER_TURNS);
  const outbound = isOutbound(c);
  const grievance = airsGrievance(c);
  const ruleScores = intentScores(c, outbound, grievance);
  const f = Object.fromEntries(intentFeatureNames.map((n) => [n, 0])) as IntentFeatures;
  for (const i of intents) f[`rule:${i}`] = Math.log1p(Math.max(0, ruleScores[i])) / 3;
  if (subIntentParent) f[`sub:${subIntentParent}`] = 1;
  f.outbound = outbound ? 1 : 0;
  f.grievance = grievance ? 1 : 0;
  const customerCounts = c.customer.map((turn) => classCounts(turn, c));
  const agentCounts = c.agent.map((turn) => classCounts(turn, c));
  for (const name of cueClassNames) {
    f[`open:${name}`] = squashCount(sumCounts(customerCounts.slice(0, OPENING_CUSTOMER_TURNS), name));
    f[`all:${name}`] = squashCount(sumCounts(customerCounts, name));
    f[`agent:${name}`] = squashCount(sumCounts(agentCounts, name));
  }
  f['open:questionMarks'] = Math.min(3, opening.reduce((n, t) => n + (t.text.match(/\?/g)?.length ?? 0), 0)) / 3;
  const openingScore = opening.length ? scoreText(opening.map((t) => t.text).join(' '), c.cues) : 0;
  f['open:negative'] = Math.max(0, -openingScore);
  f['open:positive'] = Math.max(0, openingScore);
  const when = (turns: readonly ReadTurn[]) => turns.filter((t) => says(t, c.cues.weekdays, c.cues) || says(t, c.cues.relativeDays, c.cues) || /\d{1,2}[:h.]\d{2}/.test(t.text)).length;
  f['open:when'] = squashCount(when(opening));
  f['all:when'] = squashCount(when(c.customer));
  f['open:money'] = opening.some((t) => says(t, c.cues.currencies, c.cues) || /[$€£]/.test(t.text)) ? 1 : 0;
  f['all:commitment'] = c.customer.some((t) => says(t, c.cues.commitment, c.cues, true)) ? 1 : 0;
  f['all:reluctance'] = c.customer.some((t) => says(t, c.cues.reluctance, c.cues)) ? 1 : 0;
  f['agent:badNews'] = c.agent.some((t) => says(t, c.cues.badNews, c.cues, true)) ? 1 : 0;
  f['agent:firstIsOpening'] = c.turns[0]?.role === 'agent' ? 1 : 0;
  f['customer:turns'] = Math.min(1, c.customer.length / 10);
  return f;
}

/** The shipped intent model (models/intent.json, written by train-models.ts). */
export const intentModel: LinearModel = loadModel('intent', intents);

/** What the intent model reads: the dense features above plus the words of the opening, of the customer and of the agent. */
export function intentModelFeatures(c: Conversation, subIntentParent: Intent | null): Map<string, number> {
  const features = new Map(Object.entries(intentFeatures(c, subIntentParent)).filter(([, v]) => v !== 0));
  addTokens(features, wordTokens(c.customer.slice(0, OPENING_CUSTOMER_TURNS), 'o', true));
  addTokens(features, wordTokens(c.customer, 'c'));
  addTokens(features, wordTokens(c.agent, 'a'));
  return features;
}

/** The model's probability for each intent. */
export function intentProbabilities(model: LinearModel, features: Features): Record<Intent, number> {
  const p = softmax(linearScores(model, features));
  return Object.fromEntries(model.outputs.map((intent, k) => [intent, p[k]!])) as Record<Intent, number>;
}
