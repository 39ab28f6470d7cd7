import type { Intent } from '../../contracts/call-analytics.js';
import type { Turn } from '../../contracts/call-completed.js';
import { forLanguage, mentionsAny, readTranscript } from './phrase-match.js';
import { bantSignals, CATEGORY_SIGNAL, isBantSignal, SUB_INTENT_SIGNAL, type BantSignal, type Profile } from './profile-schema.js';

export interface LeadEvidence {
  intent: Intent;
  signals: readonly BantSignal[];
  /** The detected sub-intent's name. */
  subIntent: string | null;
  categories: readonly string[];
}

export interface LeadScore {
  score: number;
  hot: boolean;
}

/** The BANT signals the customer voices (a negated one, "we have no budget", does not count). */
export function detectLeadSignals(profile: Profile, turns: readonly Turn[], language: string): BantSignal[] {
  const transcript = readTranscript(turns, language, profile.signals);
  const rule = { party: 'customer', negatable: true } as const;
  return bantSignals.filter((signal) => mentionsAny(transcript, forLanguage(profile.signals.bant[signal], transcript.language), rule));
}

function ruleHolds(signal: string, evidence: LeadEvidence): boolean {
  if (signal.startsWith(SUB_INTENT_SIGNAL)) return evidence.subIntent === signal.slice(SUB_INTENT_SIGNAL.length);
  if (signal.startsWith(CATEGORY_SIGNAL)) return evidence.categories.includes(signal.slice(CATEGORY_SIGNAL.length));
  return isBantSignal(signal) && evidence.signals.includes(signal);
}

/** The intent's base plus the weights of the rules that hold, rounded and clamped to 0–100. */
export function leadScore(profile: Pick<Profile, 'leadRules'>, evidence: LeadEvidence): LeadScore {
  const { base, hotLeadThreshold, rules } = profile.leadRules;
  const raw = rules.reduce((sum, rule) => sum + (ruleHolds(rule.signal, evidence) ? rule.weight : 0), base[evidence.intent]);
  const score = Math.max(0, Math.min(100, Math.round(raw)));
  return { score, hot: score >= hotLeadThreshold };
}
