import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { intents, sentiments } from '../contracts/call-analytics.js';
import { roles, type CallCompleted } from '../contracts/call-completed.js';
import { describeIssues } from '../contracts/describe-issues.js';

/**
 * Labels, any of which may be absent (the contract every analyzer and the harness share):
 * - sentimentScore in [-1, 1]: how the customer feels about the call as a whole, weighted toward
 *   how it ended; band negative < -0.25 <= neutral <= 0.25 < positive.
 * - intent: the customer's primary reason for calling.
 * - escalated: the call was handed, or the customer demanded to be handed, to a human, a manager or
 *   an emergency/on-call line, or the agent could not resolve it and promised a human follow-up.
 * - leadScore 0-100: how likely the call leads to new revenue (purchase, booking, qualified opportunity).
 * - satisfaction 1-5: how satisfied the customer is at the end of the call.
 */
const labelsSchema = z.object({
  sentiment: z.enum(sentiments).optional(),
  sentimentScore: z.number().min(-1).max(1).optional(),
  intent: z.enum(intents).optional(),
  escalated: z.boolean().optional(),
  leadScore: z.number().min(0).max(100).optional(),
  satisfaction: z.number().min(1).max(5).optional(),
});

export const labelledCallSchema = z.object({
  callId: z.string().min(1),
  vertical: z.string().min(1),
  language: z.string().min(2),
  turns: z.array(z.object({ role: z.enum(roles), text: z.string(), startMs: z.number().int().nonnegative().optional(), endMs: z.number().int().nonnegative().optional() })).min(1),
  labels: labelsSchema,
});

export type Labels = z.infer<typeof labelsSchema>;
export type LabelledCall = z.infer<typeof labelledCallSchema>;

/** Parses JSON Lines; a bad line fails with its line number. */
export function parseDataset(text: string, source = 'dataset'): LabelledCall[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, n]) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${source}:${n}: not JSON (${(error as Error).message})`);
      }
      const parsed = labelledCallSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${source}:${n}: ${describeIssues(parsed.error)}`);
      return parsed.data;
    });
}

export const loadDataset = (file: string) => parseDataset(readFileSync(file, 'utf8'), file);

/** A labelled call as the analyzers see calls; missing timings become 0 (the metrics then skip them). */
export function asCall(c: LabelledCall): CallCompleted {
  const turns = c.turns.map((t) => ({ role: t.role, text: t.text, startMs: t.startMs ?? 0, endMs: t.endMs ?? t.startMs ?? 0 }));
  const endedAt = Math.max(0, ...turns.map((t) => t.endMs));
  return { callId: c.callId, agentId: 'eval', vertical: c.vertical, language: c.language, startedAt: 0, endedAt, fromNumber: '', toNumber: '', turns, metadata: {} };
}
