import { z } from 'zod';

export const roles = ['agent', 'customer'] as const;

export const turnSchema = z.object({
  role: z.enum(roles),
  text: z.string(),
  startMs: z.number().int().nonnegative(),
  endMs: z.number().int().nonnegative(),
}).refine((t) => t.endMs >= t.startMs, { message: 'endMs must not be before startMs', path: ['endMs'] });

/** Mirrors avro/call-completed.avsc; test/unit/contracts.test.ts proves they agree. */
export const callCompletedSchema = z.object({
  callId: z.string().min(1),
  agentId: z.string().min(1),
  vertical: z.string().min(1),
  language: z.string().min(2),
  startedAt: z.number().int(),
  endedAt: z.number().int(),
  fromNumber: z.string(),
  toNumber: z.string(),
  turns: z.array(turnSchema),
  metadata: z.record(z.string(), z.string()),
}).refine((c) => c.endedAt >= c.startedAt, { message: 'endedAt must not be before startedAt', path: ['endedAt'] });

export type Turn = z.infer<typeof turnSchema>;
export type CallCompleted = z.infer<typeof callCompletedSchema>;
