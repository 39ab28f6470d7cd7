import type { z } from 'zod';
import type { Turn } from '../../contracts/call-completed.js';
import { conversationMetricsSchema } from '../../contracts/conversation-metrics.js';
import { roundTo } from '../../round.js';

export type ConversationMetrics = z.infer<typeof conversationMetricsSchema>;

/**
 * Talk-time, turn-taking, pace and sentiment-trend metrics of a call, or null when its turns carry no usable timings.
 * Turns without a positive length are ignored throughout: a transcript without timings reports every offset as 0.
 */
export function conversationMetrics(turns: readonly Turn[], sentimentOf: (text: string) => number): ConversationMetrics | null {
  const timed = turns.filter((turn) => turn.endMs > turn.startMs);
  if (timed.length === 0) return null;

  const callStartMs = timed.reduce((earliest, turn) => Math.min(earliest, turn.startMs), Infinity);
  const durationMs = timed.reduce((latest, turn) => Math.max(latest, turn.endMs), -Infinity) - callStartMs;
  const agentTurns = timed.filter((turn) => turn.role === 'agent');
  const customerTurns = timed.filter((turn) => turn.role === 'customer');

  const agentTalkMs = coveredMs(agentTurns);
  const customerTalkMs = coveredMs(customerTurns);
  const anyoneTalkMs = coveredMs(timed);
  const agentInterruptions = countInterruptions(agentTurns, customerTurns);
  const customerInterruptions = countInterruptions(customerTurns, agentTurns);
  const latencies = agentResponseLatencies(timed);
  const sentimentByQuarter = customerSentimentByQuarter(customerTurns, callStartMs, durationMs, sentimentOf);

  return {
    durationMs,
    agentTalkMs,
    customerTalkMs,
    talkRatioAgent: roundTo(agentTalkMs / (agentTalkMs + customerTalkMs), 3),
    silenceMs: durationMs - anyoneTalkMs,
    // Inclusion-exclusion keeps the four time fields summing to the duration exactly.
    overlapMs: agentTalkMs + customerTalkMs - anyoneTalkMs,
    agentInterruptions,
    customerInterruptions,
    interruptions: agentInterruptions + customerInterruptions,
    agentResponseLatencyMs: percentileMs(latencies, 0.5),
    agentResponseLatencyP90Ms: percentileMs(latencies, 0.9),
    agentWpm: wordsPerMinute(agentTurns, agentTalkMs),
    customerWpm: wordsPerMinute(customerTurns, customerTalkMs),
    sentimentByQuarter,
    sentimentShift: sentimentShift(sentimentByQuarter),
  };
}

/** Length of the union of the turns' spans, so time covered by several turns counts once. */
function coveredMs(turns: readonly Turn[]): number {
  let total = 0;
  let coveredUntilMs = -Infinity;
  for (const { startMs, endMs } of byStart(turns)) {
    const uncoveredFromMs = Math.max(startMs, coveredUntilMs);
    if (endMs > uncoveredFromMs) {
      total += endMs - uncoveredFromMs;
      coveredUntilMs = endMs;
    }
  }
  return total;
}

/** A simultaneous start or a hand-over at the very moment the other party stops is no interruption. */
function countInterruptions(interrupterTurns: readonly Turn[], otherTurns: readonly Turn[]): number {
  return interrupterTurns.filter((turn) => otherTurns.some((other) => other.startMs < turn.startMs && turn.startMs < other.endMs)).length;
}

/**
 * One wait per hand-over from customer to agent, measured from the end of the customer's whole run of turns,
 * because a customer turn may still be running after a later, shorter one ends.
 */
function agentResponseLatencies(turns: readonly Turn[]): number[] {
  const latencies: number[] = [];
  let customerRunEndMs: number | null = null;
  for (const turn of byStart(turns)) {
    if (turn.role === 'customer') {
      customerRunEndMs = Math.max(customerRunEndMs ?? turn.endMs, turn.endMs);
    } else if (customerRunEndMs !== null) {
      latencies.push(Math.max(0, turn.startMs - customerRunEndMs));
      customerRunEndMs = null;
    }
  }
  return latencies;
}

function wordsPerMinute(turns: readonly Turn[], talkMs: number): number | null {
  if (talkMs === 0) return null;
  const words = turns.reduce((sum, turn) => sum + countWords(turn.text), 0);
  return roundTo(words / (talkMs / 60_000), 1);
}

// Letters, combining marks and digits, so that accents, precomposed or not, stay inside a word. An inner apostrophe
// or hyphen keeps one word (c'est, peut-être); punctuation alone, like ¿ or «, is none.
const word = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

function countWords(text: string): number {
  return text.match(word)?.length ?? 0;
}

type QuarterSentiments = ConversationMetrics['sentimentByQuarter'];

function customerSentimentByQuarter(
  customerTurns: readonly Turn[],
  callStartMs: number,
  durationMs: number,
  sentimentOf: (text: string) => number,
): QuarterSentiments {
  const scored = customerTurns.map((turn) => ({
    quarter: Math.floor((((turn.startMs + turn.endMs) / 2 - callStartMs) / durationMs) * 4),
    sentiment: sentimentOf(turn.text),
  }));
  const meanOfQuarter = (quarter: number): number | null => {
    const sentiments = scored.filter((s) => s.quarter === quarter).map((s) => s.sentiment);
    return sentiments.length === 0 ? null : roundTo(sentiments.reduce((sum, s) => sum + s, 0) / sentiments.length, 3);
  };
  return [meanOfQuarter(0), meanOfQuarter(1), meanOfQuarter(2), meanOfQuarter(3)];
}

/** Computed from the rounded quarters so that it agrees with the figures reported beside it. */
function sentimentShift(quarters: QuarterSentiments): number | null {
  const [first, ...later] = quarters.filter((sentiment) => sentiment !== null);
  const last = later.at(-1);
  return first === undefined || last === undefined ? null : roundTo(last - first, 3);
}

/** Stable, so turns starting together keep their transcript order. */
function byStart(turns: readonly Turn[]): Turn[] {
  return [...turns].sort((a, b) => a.startMs - b.startMs);
}

/** Linear interpolation between the closest ranks, rounded to whole milliseconds; null for no values. */
function percentileMs(values: readonly number[], fraction: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * fraction;
  const below = sorted[Math.floor(rank)];
  const above = sorted[Math.ceil(rank)];
  if (below === undefined || above === undefined) return null;
  return Math.round(below + (above - below) * (rank - Math.floor(rank)));
}
