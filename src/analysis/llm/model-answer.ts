import { sentimentBand, type Analysis } from '../../contracts/call-analytics.js';
import { issueMessages } from '../../contracts/describe-issues.js';
import { modelAnalysisSchema, toAnalysis } from './json-schema.js';

/** The parts of a chat completion choice that decide whether it holds a usable analysis. */
export interface ModelAnswer {
  content: string | null;
  finishReason: string;
}

export type AnswerVerdict = { ok: true; analysis: Analysis } | { ok: false; problems: string[] };


function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // The SyntaxError quotes the answer, which may echo the transcript.
    return { ok: false };
  }
}

function sentimentProblems(analysis: Analysis): string[] {
  const expected = sentimentBand(analysis.sentimentScore);
  return analysis.sentiment === expected
    ? []
    : [`sentiment: must be "${expected}" for sentimentScore ${analysis.sentimentScore} (negative < -0.25 <= neutral <= 0.25 < positive)`];
}

export function judgeAnswer(answer: ModelAnswer): AnswerVerdict {
  if (answer.finishReason === 'length') {
    return { ok: false, problems: ['the answer was truncated at the output token limit; answer more briefly'] };
  }
  if (!answer.content?.trim()) return { ok: false, problems: ['the answer was empty'] };
  const json = parseJson(answer.content);
  if (!json.ok) return { ok: false, problems: ['the answer is not valid JSON'] };
  const parsed = modelAnalysisSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, problems: issueMessages(parsed.error) };
  const analysis = toAnalysis(parsed.data);
  const problems = sentimentProblems(analysis);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, analysis };
}
