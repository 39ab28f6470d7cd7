/**
 * Groups of digits that are said or written together ("4532 0151", "555, uh, 0123") form a chain; the numeric
 * detectors look at windows of a chain instead of single regex matches so that pauses do not hide a number.
 */
import type { TextRange } from './non-pii-numbers.js';
import { isSpoken, type NormalizedText } from './spoken-digits.js';

export interface DigitGroup {
  readonly digits: string;
  readonly start: number;
  readonly end: number;
  /** Said in words, so its grouping is where the speaker paused rather than how the number is written. */
  readonly spoken: boolean;
}

/** 'tight' joins parts of one written number ("555-0123"); 'pause' may also separate two numbers ("88412, 5550"). */
export type Link = 'tight' | 'pause';

export interface DigitChain {
  readonly groups: readonly DigitGroup[];
  /** links[i] joins groups[i] and groups[i + 1]. */
  readonly links: readonly Link[];
}

/** Consecutive groups of a chain that may stand as one number. */
export interface DigitWindow {
  readonly digits: string;
  readonly groupSizes: readonly number[];
  readonly start: number;
  readonly end: number;
  readonly spoken: boolean;
}

/** No card, SSN or phone number is longer than this. */
const MAX_DIGITS = 19;
const GROUP = /(?<![\p{L}\p{N}_])\d+(?![\p{L}\p{N}_])/gu;
const TIGHT_LINK = /^(?:[ \u00a0]|[-.]| ?[-–] ?| ?\(|\) ?)$/;
/** Fillers, and the dashes people read out: "four five nine dash two two". */
const FILLER = String.raw`(?:uh|um|erm|er|ah|eh|hmm|mm|dash|hyphen)`;
const PAUSE_LINK = new RegExp(String.raw`^[\s,.…\-–—]*(?:${FILLER}(?![\p{L}])[\s,.…\-–—]*)?$`, 'iu');
const MAX_PAUSE_LENGTH = 16;

function classifyLink(between: string): Link | undefined {
  if (TIGHT_LINK.test(between)) return 'tight';
  if (between.length <= MAX_PAUSE_LENGTH && PAUSE_LINK.test(between)) return 'pause';
  return undefined;
}

function overlapsAny(group: DigitGroup, ranges: readonly TextRange[]): boolean {
  return ranges.some((r) => group.start < r.end && r.start < group.end);
}

export function findDigitChains(normalized: NormalizedText, excluded: readonly TextRange[]): DigitChain[] {
  const { text } = normalized;
  const groups = [...text.matchAll(GROUP)]
    .map((m): DigitGroup => {
      const end = m.index + m[0].length;
      return { digits: m[0], start: m.index, end, spoken: isSpoken(normalized, m.index, end) };
    })
    .filter((g) => !overlapsAny(g, excluded));
  const chains: { groups: DigitGroup[]; links: Link[] }[] = [];
  let previous: DigitGroup | undefined;
  for (const group of groups) {
    const link = previous && classifyLink(text.slice(previous.end, group.start));
    const current = chains.at(-1);
    if (link && current) {
      current.links.push(link);
      current.groups.push(group);
    } else {
      chains.push({ groups: [group], links: [] });
    }
    previous = group;
  }
  return chains;
}

/** Digits written one by one with spaces ("4 1 5") are one group of a number, as if written "415". */
function continuesSpacedDigits(chain: DigitChain, j: number, first: number): boolean {
  const previous = chain.groups[j - 1];
  const group = chain.groups[j];
  return j > first && chain.links[j - 1] === 'tight' && previous?.digits.length === 1 && group?.digits.length === 1;
}

/** Every window that begins and ends at a chain end or a pause, so no window cuts a written number in two. */
export function windowsOf(chain: DigitChain): DigitWindow[] {
  const last = chain.groups.length - 1;
  const isCutBefore = (i: number): boolean => i === 0 || chain.links[i - 1] === 'pause';
  const isCutAfter = (i: number): boolean => i === last || chain.links[i] === 'pause';
  const windows: DigitWindow[] = [];
  chain.groups.forEach((first, i) => {
    if (!isCutBefore(i)) return;
    let digits = '';
    let spoken = true;
    const groupSizes: number[] = [];
    for (let j = i; j <= last && digits.length <= MAX_DIGITS; j++) {
      const group = chain.groups[j] as DigitGroup;
      digits += group.digits;
      spoken &&= group.spoken;
      if (continuesSpacedDigits(chain, j, i)) groupSizes.push((groupSizes.pop() ?? 0) + 1);
      else groupSizes.push(group.digits.length);
      if (isCutAfter(j) && digits.length <= MAX_DIGITS) {
        windows.push({ digits, groupSizes: [...groupSizes], start: first.start, end: group.end, spoken });
      }
    }
  });
  return windows;
}
