import { ConfigError, type Env } from '../config.js';
import type { Analyzer } from './analyzer.js';
import { LlmAnalyzer } from './llm/llm-analyzer.js';
import { LocalAnalyzer } from './local/local-analyzer.js';
import type { ProfileRegistry } from './profiles/index.js';

export type AnalyzerName = Env['CALLSTREAM_ANALYZER'];

export function createAnalyzer(name: AnalyzerName, env: Env, profiles: ProfileRegistry): Analyzer {
  if (name === 'local') return new LocalAnalyzer({ hotLeadThreshold: env.CALLSTREAM_HOT_LEAD_THRESHOLD });
  if (!env.OPENAI_API_KEY) throw new ConfigError('the llm analyzer needs OPENAI_API_KEY (and OPENAI_BASE_URL for a non-OpenAI endpoint)');
  return new LlmAnalyzer({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, model: env.CALLSTREAM_LLM_MODEL, profiles });
}
