import type { Turn } from '../contracts/call-completed.js';

const DEFAULT_MAX_TRANSCRIPT_CHARS = 12_000;

export const OMISSION_MARKER = '[… middle of the call omitted …]';

/**
 * Caps a transcript at maxChars of turn text, keeping whole turns from the opening (a third of
 * the budget: why they called) and from the end (the rest: how it ended, which matters most),
 * with one marker turn where the middle was cut.
 */
export function condenseTurns(turns: readonly Turn[], maxChars = DEFAULT_MAX_TRANSCRIPT_CHARS): { turns: Turn[]; condensed: boolean } {
  const total = turns.reduce((n, t) => n + t.text.length, 0);
  if (total <= maxChars) return { turns: [...turns], condensed: false };
  const headBudget = Math.floor(maxChars / 3);
  const head: Turn[] = [];
  let used = 0;
  for (const t of turns) {
    if (used + t.text.length > headBudget) break;
    head.push(t);
    used += t.text.length;
  }
  const tail: Turn[] = [];
  for (let i = turns.length - 1; i >= head.length; i--) {
    const t = turns[i]!;
    if (used + t.text.length > maxChars) break;
    tail.unshift(t);
    used += t.text.length;
  }
  const gapAt = head.at(-1)?.endMs ?? tail[0]?.startMs ?? 0;
  const marker: Turn = { role: 'agent', text: OMISSION_MARKER, startMs: gapAt, endMs: gapAt };
  return { turns: [...head, marker, ...tail], condensed: true };
}
