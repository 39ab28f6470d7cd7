import { intents, type Analysis, type Intent, type Sentiment } from '../../contracts/call-analytics.js';
import type { CallCompleted, Turn } from '../../contracts/call-completed.js';
import type { Analyzer } from '../analyzer.js';
import { escalationCues, intentCues, leadCues } from './cues.js';
import { negators, sentimentLexicon } from './lexicon.js';

const NEGATION_SPAN = 3;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? [];
}

/** Mean lexicon weight of a text's cue words, a negator flipping the next few; 0 without cues. */
export function textSentiment(text: string): number {
  let sum = 0;
  let hits = 0;
  let negatedFor = 0;
  for (const word of words(text)) {
    if (negators.has(word)) {
      negatedFor = NEGATION_SPAN;
      continue;
    }
    const weight = sentimentLexicon[word];
    if (weight !== undefined) {
      sum += negatedFor > 0 ? -weight * 0.7 : weight;
      hits += 1;
    }
    negatedFor = Math.max(0, negatedFor - 1);
  }
  return hits === 0 ? 0 : sum / hits;
}

/** The customer's turns, later ones weighing more: how the call ended matters most. */
function callSentiment(customerTurns: Turn[]): number {
  let weighted = 0;
  let total = 0;
  customerTurns.forEach((turn, i) => {
    const s = textSentiment(turn.text);
    if (s === 0) return;
    const weight = 1 + (2 * i) / Math.max(1, customerTurns.length - 1);
    weighted += s * weight;
    total += weight;
  });
  return total === 0 ? 0 : Math.max(-1, Math.min(1, weighted / total));
}

const countCues = (text: string, cues: readonly string[]) => cues.reduce((n, cue) => n + (text.includes(cue) ? 1 : 0), 0);

function primaryIntent(customerText: string): Intent {
  let best: Intent = 'info';
  let bestHits = 0;
  for (const intent of intents) {
    const hits = countCues(customerText, intentCues[intent]);
    if (hits > bestHits) [best, bestHits] = [intent, hits];
  }
  return best;
}

export function sentimentBand(score: number): Sentiment {
  return score > 0.25 ? 'positive' : score < -0.25 ? 'negative' : 'neutral';
}

const intentLeadBase: Record<Intent, number> = { sales: 45, booking: 40, info: 20, support: 5, complaint: 0 };

function leadScore(intent: Intent, customerText: string, sentiment: number): number {
  const signals = Object.values(leadCues).filter((cues) => countCues(customerText, cues) > 0).length;
  const score = intentLeadBase[intent] + signals * 12 + Math.round(sentiment * 10);
  return Math.max(0, Math.min(100, score));
}

/**
 * The first offline analyzer: lexicon sentiment over the customer's turns weighted toward the end,
 * keyword intent, BANT-style lead score and escalation cues. Deterministic and fast.
 */
export class LocalAnalyzer implements Analyzer {
  readonly name = 'local';
  readonly version = '0.1.0';

  constructor(private readonly hotLeadThreshold = 70) {}

  async analyze(call: CallCompleted): Promise<Analysis> {
    const customerTurns = call.turns.filter((t) => t.role === 'customer');
    const customerText = customerTurns.map((t) => t.text.toLowerCase()).join('\n');
    const allText = call.turns.map((t) => t.text.toLowerCase()).join('\n');
    const score = Math.round(callSentiment(customerTurns) * 1000) / 1000;
    const intent = primaryIntent(customerText);
    const escalationCue = escalationCues.find((cue) => allText.includes(cue));
    const lead = leadScore(intent, customerText, score);
    const hotLead = lead >= this.hotLeadThreshold;
    return {
      sentiment: sentimentBand(score),
      sentimentScore: score,
      intent,
      leadScore: lead,
      hotLead,
      satisfaction: Math.max(1, Math.min(5, Math.round(3 + score * 2))),
      escalated: escalationCue !== undefined,
      escalationReason: escalationCue ? `mentioned "${escalationCue}"` : null,
      summary: `${intent} call in ${call.vertical}, ${customerTurns.length} customer turns, ${sentimentBand(score)} overall.`,
      nextAction: escalationCue ? 'Follow up on the escalation' : hotLead ? 'Call the lead back within a day' : intent === 'complaint' ? 'Review the complaint' : 'No action needed',
      tags: [call.vertical, intent, ...(hotLead ? ['hot-lead'] : []), ...(escalationCue ? ['escalated'] : [])],
    };
  }
}
