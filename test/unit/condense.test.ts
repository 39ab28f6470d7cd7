import { describe, expect, it } from 'vitest';
import { condenseTurns, OMISSION_MARKER } from '../../src/analysis/condense.js';
import type { Turn } from '../../src/contracts/call-completed.js';

const turn = (i: number, chars: number): Turn => ({ role: i % 2 ? 'customer' : 'agent', text: `${i}:`.padEnd(chars, 'x'), startMs: i * 1000, endMs: i * 1000 + 900 });

describe('condenseTurns', () => {
  it('leaves a transcript under the cap alone', () => {
    const turns = [turn(0, 100), turn(1, 100)];
    expect(condenseTurns(turns, 1000)).toEqual({ turns, condensed: false });
  });

  it('keeps whole turns from the opening and the end within the cap, marking the cut', () => {
    const turns = Array.from({ length: 100 }, (_, i) => turn(i, 100));
    const { turns: kept, condensed } = condenseTurns(turns, 1200);
    expect(condensed).toBe(true);
    const texts = kept.map((t) => t.text);
    expect(texts[0]).toMatch(/^0:/);
    expect(texts.at(-1)).toMatch(/^99:/);
    expect(texts).toContain(OMISSION_MARKER);
    expect(kept.filter((t) => t.text !== OMISSION_MARKER).reduce((n, t) => n + t.text.length, 0)).toBeLessThanOrEqual(1200);
    // The end gets the larger share: it says how the call ended.
    const cut = texts.indexOf(OMISSION_MARKER);
    expect(kept.length - 1 - cut).toBeGreaterThan(cut);
  });
});
