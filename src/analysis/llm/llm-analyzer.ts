import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Analysis } from '../../contracts/call-analytics.js';
import type { CallCompleted } from '../../contracts/call-completed.js';
import type { Analyzer } from '../analyzer.js';
import type { ProfileRegistry } from '../profiles/index.js';
import { AnalysisError } from './analysis-error.js';
import { settleBefore } from './deadline.js';
import { analysisResponseFormat } from './json-schema.js';
import { judgeAnswer, type ModelAnswer } from './model-answer.js';
import { conformToProfile, profileInstructions } from './profile-guidance.js';
import { buildAnalysisMessages, buildRepairMessages, PROMPT_VERSION } from './prompt.js';
import { describeRequestFailure, type RequestFailure } from './request-failure.js';
import { summarizeUsage, tokenCountsOf, type LlmPricing, type LlmUsage, type TokenCounts } from './usage.js';

export interface LlmAnalyzerConfig {
  /** Any OpenAI-compatible endpoint, e.g. http://localhost:11434/v1; the SDK's default when absent. */
  baseURL?: string;
  apiKey: string;
  model?: string;
  temperature?: number;
  /** Per HTTP request; the SDK retries timeouts. */
  timeoutMs?: number;
  /** SDK retries for 429, 5xx and timeouts. */
  maxRetries?: number;
  /** For the whole analysis, including SDK retries and the repair attempt. */
  deadlineMs?: number;
  pricing?: LlmPricing;
  /** Extra instructions appended to the system prompt for every call. */
  promptAdditions?: string;
  /** Vertical profiles: each call's prompt gets its profile's guidance, and the answer is held to it. */
  profiles?: ProfileRegistry;
}

const llmAnalyzerDefaults = {
  model: 'gpt-4o-mini',
  temperature: 0,
  timeoutMs: 30_000,
  maxRetries: 3,
  deadlineMs: 90_000,
} as const;

export interface AnalysisWithUsage {
  analysis: Analysis;
  usage: LlmUsage;
}

/** Analyzes a call with a chat model under a JSON schema, and gives an invalid answer exactly one repair. */
export class LlmAnalyzer implements Analyzer {
  readonly name = 'llm';
  readonly version: string;
  readonly #client: OpenAI;
  readonly #model: string;
  readonly #temperature: number;
  readonly #timeoutMs: number;
  readonly #maxRetries: number;
  readonly #deadlineMs: number;
  readonly #pricing: LlmPricing | undefined;
  readonly #promptAdditions: string | undefined;
  readonly #profiles: ProfileRegistry | undefined;

  constructor(config: LlmAnalyzerConfig) {
    this.#model = config.model ?? llmAnalyzerDefaults.model;
    this.#temperature = config.temperature ?? llmAnalyzerDefaults.temperature;
    this.#timeoutMs = config.timeoutMs ?? llmAnalyzerDefaults.timeoutMs;
    this.#maxRetries = config.maxRetries ?? llmAnalyzerDefaults.maxRetries;
    this.#deadlineMs = config.deadlineMs ?? llmAnalyzerDefaults.deadlineMs;
    this.#pricing = config.pricing;
    this.#promptAdditions = config.promptAdditions;
    this.#profiles = config.profiles;
    this.version = `${PROMPT_VERSION}/${this.#model}`;
    this.#client = new OpenAI({
      apiKey: config.apiKey,
      baseURL: config.baseURL,
      timeout: this.#timeoutMs,
      maxRetries: this.#maxRetries,
    });
  }

  async analyze(call: CallCompleted): Promise<Analysis> {
    return (await this.analyzeWithUsage(call)).analysis;
  }

  /** Rejects only with AnalysisError, apart from programming errors. */
  async analyzeWithUsage(call: CallCompleted): Promise<AnalysisWithUsage> {
    const startedAt = performance.now();
    const deadline = AbortSignal.timeout(this.#deadlineMs);
    const answers: TokenCounts[] = [];
    const usageSoFar = () => summarizeUsage(answers, performance.now() - startedAt, this.#pricing);
    try {
      const analysis = await this.#analyzeWithOneRepair(call, deadline, answers);
      return { analysis, usage: usageSoFar() };
    } catch (error) {
      const failure = this.#describeFailure(error, deadline);
      if (!failure) throw error;
      throw new AnalysisError(failure.reason, failure.message, usageSoFar());
    }
  }

  async #analyzeWithOneRepair(call: CallCompleted, deadline: AbortSignal, answers: TokenCounts[]): Promise<Analysis> {
    const profile = this.#profiles?.get(call.vertical).profile;
    const additions = [this.#promptAdditions, profile && profileInstructions(profile)].filter(Boolean).join('\n\n') || undefined;
    const conform = (a: Analysis) => (profile ? conformToProfile(a, profile) : a);
    const conversation = buildAnalysisMessages(call, additions);
    const first = await this.#ask(conversation, deadline, answers);
    const firstVerdict = judgeAnswer(first);
    if (firstVerdict.ok) return conform(firstVerdict.analysis);

    const repairConversation = buildRepairMessages(conversation, first.content ?? '', firstVerdict.problems);
    const repairVerdict = judgeAnswer(await this.#ask(repairConversation, deadline, answers));
    if (repairVerdict.ok) return conform(repairVerdict.analysis);
    throw new AnalysisError('llm_invalid_output', `the model's answer was still invalid after one repair: ${repairVerdict.problems.join('; ')}`);
  }

  /** One completion, with the SDK retrying 429, 5xx and timeouts; records the tokens it used in `answers`. */
  async #ask(messages: ChatCompletionMessageParam[], deadline: AbortSignal, answers: TokenCounts[]): Promise<ModelAnswer> {
    const request = this.#client.chat.completions.create(
      { model: this.#model, temperature: this.#temperature, messages, response_format: analysisResponseFormat },
      { signal: deadline },
    );
    const completion = await settleBefore(request, deadline);
    answers.push(tokenCountsOf(completion.usage));
    const choice = completion.choices[0];
    // The refusal text is not kept: it may quote the call.
    if (choice?.message.refusal) throw new AnalysisError('llm_refused', 'the model refused to analyze the call');
    return { content: choice?.message.content ?? null, finishReason: choice?.finish_reason ?? 'stop' };
  }

  #describeFailure(error: unknown, deadline: AbortSignal): RequestFailure | undefined {
    if (deadline.aborted) return { reason: 'llm_deadline', message: `no analysis within the ${this.#deadlineMs} ms deadline` };
    if (error instanceof AnalysisError) return error;
    return describeRequestFailure(error, { timeoutMs: this.#timeoutMs, maxRetries: this.#maxRetries });
  }
}
