import { z } from 'zod';
import { conversationMetricsSchema } from './conversation-metrics.js';

export const sentiments = ['positive', 'neutral', 'negative'] as const;
export const intents = ['info', 'booking', 'complaint', 'sales', 'support'] as const;

/** What an analyzer decides about a call: the part of CallAnalytics that is not copied from the call. */
export const analysisSchema = z.object({
  sentiment: z.enum(sentiments),
  sentimentScore: z.number().min(-1).max(1),
  intent: z.enum(intents),
  leadScore: z.number().int().min(0).max(100),
  hotLead: z.boolean(),
  satisfaction: z.number().int().min(1).max(5),
  escalated: z.boolean(),
  escalationReason: z.string().nullable(),
  summary: z.string(),
  nextAction: z.string(),
  tags: z.array(z.string()),
  /** The vertical profile's finer reason for calling; its parent is `intent`. */
  intentDetail: z.string().nullable(),
  /** Names of the profile's phrase-rule categories the call matched. */
  categories: z.array(z.string()),
  /** Things named in the call, after PII policy (kept, masked or dropped). */
  entities: z.array(z.object({ type: z.string().min(1), value: z.string() })),
  /** The vertical's extra fields (e.g. urgency, appointmentTime), typed by its profile. */
  extras: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

/** Tokens, time and cost of a model-backed analysis. */
export const usageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  latencyMs: z.number().int().nonnegative(),
  estimatedCostUsd: z.number().nonnegative().nullable(),
  attempts: z.number().int().positive(),
});

/** Mirrors avro/call-analytics.avsc and the ClickHouse columns; test/unit/contracts.test.ts proves they agree. */
export const callAnalyticsSchema = z.object({
  callId: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  analyzerName: z.string().min(1),
  analyzerVersion: z.string().min(1),
  analyzedAt: z.number().int(),
  agentId: z.string().min(1),
  vertical: z.string().min(1),
  language: z.string().min(2),
  endedAt: z.number().int(),
  ...analysisSchema.shape,
  /** From turn timings; null when the call has none. */
  metrics: conversationMetricsSchema.nullable(),
  /** Null for analyzers that call no model. */
  usage: usageSchema.nullable(),
  /** The transcript was longer than the cap and its middle was left out of the analysis. */
  condensed: z.boolean(),
});

export type Sentiment = (typeof sentiments)[number];
export type Intent = (typeof intents)[number];
export type Analysis = z.infer<typeof analysisSchema>;
export type Usage = z.infer<typeof usageSchema>;
export type CallAnalytics = z.infer<typeof callAnalyticsSchema>;

export const ANALYTICS_SCHEMA_VERSION = 2;

/** The contract's bands: negative below −0.25, positive above 0.25, neutral between. */
export function sentimentBand(score: number): Sentiment {
  return score > 0.25 ? 'positive' : score < -0.25 ? 'negative' : 'neutral';
}
