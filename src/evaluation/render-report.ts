import { intents } from '../contracts/call-analytics.js';
import { renderTable } from '../cli/table.js';
import type { Report, Scores } from './score.js';

const show = (x: number | null) => (x === null ? '–' : x);

function metricsRow(name: string, s: Scores): Record<string, string | number> {
  return {
    '': name, calls: s.calls, 'sentiment MAE': show(s.sentimentMae), 'band acc': show(s.sentimentBandAccuracy), 'intent acc': show(s.intentAccuracy),
    'esc P': show(s.escalation.precision), 'esc R': show(s.escalation.recall), 'esc F1': show(s.escalation.f1),
    'lead MAE': show(s.leadScoreMae), 'sat MAE': show(s.satisfactionMae),
  };
}

/** The report as text: overall, the intent confusion matrix, then per vertical and per language. */
export function renderReport(r: Report): string {
  const confusion = intents.map((labelled) => ({ 'labelled \\ predicted': labelled, ...r.overall.intentConfusion[labelled] }));
  return [
    renderTable([metricsRow('overall', r.overall)]),
    '',
    'intent confusion',
    renderTable(confusion),
    '',
    'by vertical',
    renderTable(Object.entries(r.byVertical).map(([k, s]) => metricsRow(k, s))),
    '',
    'by language',
    renderTable(Object.entries(r.byLanguage).map(([k, s]) => metricsRow(k, s))),
  ].join('\n');
}
