import { z } from 'zod';

const milliseconds = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

export const conversationMetricsSchema = z.object({
  /** From the first turn's start to the last turn's end. */
  durationMs: milliseconds,
  /** Time the agent speaks; the agent's own overlapping turns count once. */
  agentTalkMs: milliseconds,
  /** Time the customer speaks; the customer's own overlapping turns count once. */
  customerTalkMs: milliseconds,
  /** agentTalkMs / (agentTalkMs + customerTalkMs), three decimals. */
  talkRatioAgent: z.number().min(0).max(1),
  /** Time within durationMs when nobody speaks. */
  silenceMs: milliseconds,
  /** Time both parties speak at once. agentTalkMs + customerTalkMs - overlapMs + silenceMs = durationMs. */
  overlapMs: milliseconds,
  /** Agent turns that start while a customer turn is still running. */
  agentInterruptions: count,
  /** Customer turns that start while an agent turn is still running. */
  customerInterruptions: count,
  /** agentInterruptions + customerInterruptions. */
  interruptions: count,
  /** Median wait from the customer falling silent to the agent starting, 0 when the agent starts over the customer; null without any customer-to-agent hand-over. */
  agentResponseLatencyMs: milliseconds.nullable(),
  /** 90th percentile of the same waits. */
  agentResponseLatencyP90Ms: milliseconds.nullable(),
  /** Agent words per minute of agent talk time, one decimal; null when the agent never speaks. */
  agentWpm: z.number().nonnegative().nullable(),
  /** Customer words per minute of customer talk time, one decimal; null when the customer never speaks. */
  customerWpm: z.number().nonnegative().nullable(),
  /** Mean sentiment of the customer turns whose midpoint falls in each quarter of the call, three decimals; null for a quarter without one. */
  sentimentByQuarter: z.array(z.number().nullable()).length(4),
  /** Last known quarter's sentiment minus the first known quarter's; null when fewer than two quarters are known. */
  sentimentShift: z.number().nullable(),
});
