import type { Analysis, Usage } from '../contracts/call-analytics.js';
import type { CallCompleted } from '../contracts/call-completed.js';

/** Turns a (redacted) call into its analysis. Implementations are pure apart from I/O to a model. */
export interface Analyzer {
  readonly name: string;
  readonly version: string;
  analyze(call: CallCompleted): Promise<Analysis>;
  /** Model-backed analyzers also say what the analysis cost; the pipeline prefers this when present. */
  analyzeWithUsage?(call: CallCompleted): Promise<{ analysis: Analysis; usage: Usage }>;
}
