import { intents, type Analysis } from '../contracts/call-analytics.js';
import type { LabelledCall } from './dataset.js';
import { roundTo } from '../round.js';

export interface Scored {
  call: LabelledCall;
  predicted: Analysis;
}

export interface Scores {
  calls: number;
  sentimentMae: number | null;
  sentimentBandAccuracy: number | null;
  intentAccuracy: number | null;
  /** confusion[labelled][predicted] = count */
  intentConfusion: Record<string, Record<string, number>>;
  escalation: { precision: number | null; recall: number | null; f1: number | null; support: number };
  leadScoreMae: number | null;
  satisfactionMae: number | null;
}

const round = (x: number | null, digits = 3) => (x === null ? null : roundTo(x, digits));
const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** Scores whatever labels are present; a metric with no labelled calls is null. */
export function score(items: readonly Scored[]): Scores {
  const has = <K extends keyof LabelledCall['labels']>(k: K) => items.filter((i) => i.call.labels[k] !== undefined);
  const confusion: Record<string, Record<string, number>> = Object.fromEntries(intents.map((a) => [a, Object.fromEntries(intents.map((b) => [b, 0]))]));
  for (const i of has('intent')) confusion[i.call.labels.intent!]![i.predicted.intent]! += 1;
  const esc = has('escalated');
  const tp = esc.filter((i) => i.call.labels.escalated && i.predicted.escalated).length;
  const fp = esc.filter((i) => !i.call.labels.escalated && i.predicted.escalated).length;
  const fn = esc.filter((i) => i.call.labels.escalated && !i.predicted.escalated).length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return {
    calls: items.length,
    sentimentMae: round(mean(has('sentimentScore').map((i) => Math.abs(i.predicted.sentimentScore - i.call.labels.sentimentScore!)))),
    sentimentBandAccuracy: round(mean(has('sentiment').map((i) => Number(i.predicted.sentiment === i.call.labels.sentiment)))),
    intentAccuracy: round(mean(has('intent').map((i) => Number(i.predicted.intent === i.call.labels.intent)))),
    intentConfusion: confusion,
    escalation: { precision: round(precision), recall: round(recall), f1: round(f1), support: esc.filter((i) => i.call.labels.escalated).length },
    leadScoreMae: round(mean(has('leadScore').map((i) => Math.abs(i.predicted.leadScore - i.call.labels.leadScore!))), 1),
    satisfactionMae: round(mean(has('satisfaction').map((i) => Math.abs(i.predicted.satisfaction - i.call.labels.satisfaction!))), 2),
  };
}

export interface Report {
  overall: Scores;
  byVertical: Record<string, Scores>;
  byLanguage: Record<string, Scores>;
}

function groupScores(items: readonly Scored[], key: (i: Scored) => string): Record<string, Scores> {
  const groups = new Map<string, Scored[]>();
  for (const i of items) groups.set(key(i), [...(groups.get(key(i)) ?? []), i]);
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, score(v)]));
}

export function report(items: readonly Scored[]): Report {
  return {
    overall: score(items),
    byVertical: groupScores(items, (i) => i.call.vertical),
    byLanguage: groupScores(items, (i) => i.call.language.split('-')[0]!),
  };
}
