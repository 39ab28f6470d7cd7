import { findPii } from './redact.js';
import { PII_KINDS, type PiiKind, type PiiSpan } from './types.js';

export interface LabelledCase {
  readonly id: string;
  readonly text: string;
  /** Each span's text is an exact substring of the case text, listed in the order they occur. */
  readonly spans: readonly { readonly kind: PiiKind; readonly text: string }[];
}

export interface PiiScore {
  /** Labelled spans, and how many of them some prediction of the same kind overlaps. */
  readonly labelled: number;
  readonly found: number;
  /** Predicted spans, and how many of them overlap a labelled span of the same kind. */
  readonly predicted: number;
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
}

export interface ScoringError {
  readonly id: string;
  readonly kind: PiiKind;
  readonly text: string;
  readonly error: 'missed' | 'spurious';
}

export interface PiiScores {
  readonly byKind: Readonly<Record<PiiKind, PiiScore>>;
  readonly overall: PiiScore;
  readonly errors: readonly ScoringError[];
}

interface Range {
  readonly kind: PiiKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function locateLabels(labelled: LabelledCase): Range[] {
  let from = 0;
  return labelled.spans.map((span) => {
    const start = labelled.text.indexOf(span.text, from);
    if (start < 0) throw new Error(`case ${labelled.id}: "${span.text}" is not in its text after offset ${from}`);
    from = start + span.text.length;
    return { kind: span.kind, start, end: from, text: span.text };
  });
}

const matches = (a: Range, b: Range): boolean => a.kind === b.kind && a.start < b.end && b.start < a.end;

/** Treats an empty denominator as perfect: no labels means nothing to miss, no predictions nothing wrong. */
const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

function toScore(labelled: number, found: number, predicted: number, correct: number): PiiScore {
  return { labelled, found, predicted, correct, recall: ratio(found, labelled), precision: ratio(correct, predicted) };
}

/** Span-level recall and precision of `detect` on labelled cases, per kind and over all kinds. */
export function scorePii(cases: readonly LabelledCase[], detect: (text: string) => readonly PiiSpan[] = findPii): PiiScores {
  const errors: ScoringError[] = [];
  const tallies = new Map(PII_KINDS.map((kind) => [kind, { labelled: 0, found: 0, predicted: 0, correct: 0 }]));
  const tally = (kind: PiiKind) => tallies.get(kind) as { labelled: number; found: number; predicted: number; correct: number };
  for (const labelledCase of cases) {
    const labels = locateLabels(labelledCase);
    const predictions = detect(labelledCase.text);
    for (const label of labels) {
      const found = predictions.some((p) => matches(p, label));
      tally(label.kind).labelled += 1;
      if (found) tally(label.kind).found += 1;
      else errors.push({ id: labelledCase.id, kind: label.kind, text: label.text, error: 'missed' });
    }
    for (const prediction of predictions) {
      const correct = labels.some((l) => matches(prediction, l));
      tally(prediction.kind).predicted += 1;
      if (correct) tally(prediction.kind).correct += 1;
      else errors.push({ id: labelledCase.id, kind: prediction.kind, text: prediction.text, error: 'spurious' });
    }
  }
  const byKind = Object.fromEntries(PII_KINDS.map((kind) => {
    const t = tally(kind);
    return [kind, toScore(t.labelled, t.found, t.predicted, t.correct)];
  })) as Record<PiiKind, PiiScore>;
  const sum = (field: 'labelled' | 'found' | 'predicted' | 'correct'): number =>
    PII_KINDS.reduce((total, kind) => total + byKind[kind][field], 0);
  return { byKind, overall: toScore(sum('labelled'), sum('found'), sum('predicted'), sum('correct')), errors };
}
