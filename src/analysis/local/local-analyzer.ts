import type { Analysis } from '../../contracts/call-analytics.js';
import type { CallCompleted } from '../../contracts/call-completed.js';
import type { Analyzer } from '../analyzer.js';
import { detectSubIntent, extractExtraFields, loadProfiles, matchCategories, type ProfileRegistry } from '../profiles/index.js';
import { callSentiment } from './call-sentiment.js';
import { readConversation } from './conversation.js';
import { cuesFor } from './cues/index.js';
import { extractEntities } from './entities.js';
import { detectEscalation } from './escalation.js';
import { classifyIntent, isOutbound } from './intent.js';
import { scoreLead } from './lead.js';
import { nextAction } from './next-action.js';
import { summarize } from './summary.js';
import { sentimentBand } from '../../contracts/call-analytics.js';
import { roundTo } from '../../round.js';

export { textSentiment } from './text-sentiment.js';

export interface LocalAnalyzerOptions {
  /** Lead score from which a call is a hot lead, for verticals without a profile of their own; a vertical profile's threshold wins. */
  hotLeadThreshold?: number;
  /** The vertical profiles; the shipped profiles/ folder by default. */
  profiles?: ProfileRegistry;
}

const DEFAULT_HOT_LEAD_THRESHOLD = 70;

/** 1–5 from the end-weighted sentiment: the bands follow how people rate calls they felt that way about. */
function satisfactionFrom(score: number): number {
  if (score >= 0.55) return 5;
  if (score >= 0.05) return 4;
  if (score >= -0.1) return 3;
  if (score >= -0.65) return 2;
  return 1;
}

/**
 * The offline analyzer: no API key, deterministic and fast. Multilingual cue phrases and an AFINN word
 * lexicon read the customer's sentiment (negation, intensifiers, sarcasm, how the call ended; then a
 * learned calibration), the reason for calling (a shipped logistic model over phrase evidence, broad
 * cue classes, the profile's sub-intent and the words: intent-model.ts, trained by train-models.ts),
 * escalation, and lead signals; the vertical's profile adds its sub-intents,
 * categories, extra fields and lead rules. Pure: the same call always gets the same analysis.
 */
export class LocalAnalyzer implements Analyzer {
  readonly name = 'local';
  readonly version = '1.3.0';
  private readonly hotLeadThreshold: number;
  private readonly profiles: ProfileRegistry;

  constructor(options: LocalAnalyzerOptions = {}) {
    this.hotLeadThreshold = options.hotLeadThreshold ?? DEFAULT_HOT_LEAD_THRESHOLD;
    this.profiles = options.profiles ?? loadProfiles();
  }

  async analyze(call: CallCompleted): Promise<Analysis> {
    const { profile, fellBack } = this.profiles.get(call.vertical);
    const conversation = readConversation(call.turns, cuesFor(call.language));
    const subIntent = detectSubIntent(profile, call.turns, call.language);
    const intent = classifyIntent(conversation, subIntent?.parent ?? null);
    const intentDetail = subIntent?.parent === intent ? subIntent.name : null;
    const categories = matchCategories(profile, call.turns, call.language);
    const extras = extractExtraFields(profile, call.turns, call.language);
    const sentiment = callSentiment(conversation, intent);
    const score = roundTo(sentiment.score, 3);
    const escalation = detectEscalation(conversation, intent);
    const leadScore = scoreLead(conversation, { profile, turns: call.turns, language: call.language, intent, subIntent: intentDetail, categories, sentiment: score });
    const hotLead = leadScore >= (fellBack ? this.hotLeadThreshold : profile.leadRules.hotLeadThreshold);
    const { outcome } = sentiment;
    const tags = [
      call.vertical,
      intent,
      sentimentBand(score),
      ...(hotLead ? ['hot-lead'] : []),
      ...(escalation.escalated ? ['escalated'] : []),
      ...(isOutbound(conversation) ? ['outbound'] : []),
      ...(outcome.reconciled ? ['recovered'] : []),
      ...(outcome.unresolved ? ['unresolved'] : []),
      ...(outcome.threatened ? ['churn-risk'] : []),
      ...(outcome.hungUp ? ['hung-up'] : []),
    ];
    return {
      sentiment: sentimentBand(score),
      sentimentScore: score,
      intent,
      leadScore,
      hotLead,
      satisfaction: satisfactionFrom(score),
      escalated: escalation.escalated,
      escalationReason: escalation.reason,
      summary: summarize(conversation, intent),
      nextAction: nextAction({ intent, escalated: escalation.escalated, hotLead, sentiment: score, outcome }),
      tags,
      intentDetail,
      categories,
      entities: extractEntities(conversation, profile, extras),
      extras,
    };
  }
}
