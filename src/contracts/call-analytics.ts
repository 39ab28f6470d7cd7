import { z } from 'zod';

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
});

export type Sentiment = (typeof sentiments)[number];
export type Intent = (typeof intents)[number];
export type Analysis = z.infer<typeof analysisSchema>;
export type CallAnalytics = z.infer<typeof callAnalyticsSchema>;

export const ANALYTICS_SCHEMA_VERSION = 1;
