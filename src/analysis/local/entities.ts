import type { ExtraFields, Profile } from '../profiles/index.js';
import type { Conversation } from './conversation.js';
import type { PhraseIndex } from './phrase-index.js';

export interface Entity {
  type: string;
  value: string;
}

/** Redaction leaves typed placeholders such as [CARD]; the analyzer counts them but never sees the values. */
const PLACEHOLDER = /\[([A-Z]+)\]/g;
const REDACTED = '[redacted]';
const DIGIT_MONEY = /[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|eur\b|usd\b)/giu;
const DIGIT_TIME = /\b\d{1,2}(?::\d{2})\s?(?:[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\.?/giu;
const MAX_ENTITIES = 25;

function placeholders(c: Conversation): Entity[] {
  return c.turns.flatMap((t) => [...t.text.matchAll(PLACEHOLDER)].map((m) => ({ type: m[1]!.toLowerCase(), value: REDACTED })));
}

function digitEntities(c: Conversation, pattern: RegExp, type: string): Entity[] {
  return c.turns.flatMap((t) => [...t.text.matchAll(pattern)].map((m) => ({ type, value: m[0].trim() })));
}

/** Where a run of numbers (spelled out or digits) that ends right before `end` starts. */
function numberRunBefore(words: readonly string[], end: number, numberWords: ReadonlySet<string>): number {
  let start = end;
  while (start > 0 && (numberWords.has(words[start - 1]!) || /^\d/.test(words[start - 1]!))) start--;
  return start;
}

/** Amounts said in words: a run of numbers followed by a currency ("ninety-five dollars", "sessenta euros"). */
function spokenMoney(c: Conversation): Entity[] {
  const { cues } = c;
  return c.turns.flatMap((t) =>
    t.clauses.flatMap((words) =>
      cues.currencies.matchesIn(words).flatMap((match) => {
        const start = numberRunBefore(words, match.start, cues.numberWords);
        return start < match.start ? [{ type: 'money', value: words.slice(start, match.end).join(' ') }] : [];
      }),
    ),
  );
}

/** Clock times said in words: a time preposition and a run of numbers ("at ten thirty", "a las nueve"). */
function spokenTimes(c: Conversation): Entity[] {
  const { cues } = c;
  return c.turns.flatMap((t) =>
    t.clauses.flatMap((words) =>
      words.flatMap((word, at) => {
        if (!cues.timePrepositions.has(word)) return [];
        let end = at + 1;
        while (end < words.length && end - at <= 4 && cues.numberWords.has(words[end]!)) end++;
        return end > at + 1 ? [{ type: 'time', value: words.slice(at, end).join(' ') }] : [];
      }),
    ),
  );
}

function named(c: Conversation, phrases: PhraseIndex<true>, type: string): Entity[] {
  return c.turns.flatMap((t) => t.clauses.flatMap((words) => phrases.matchesIn(words).map((m) => ({ type, value: words.slice(m.start, m.end).join(' ') }))));
}

/** The profile's free-text fields (a property, a ticket number) name things too. */
function namedInExtras(profile: Profile, extras: ExtraFields): Entity[] {
  return profile.extraFields.filter((field) => field.type === 'string' && typeof extras[field.name] === 'string').map((field) => ({ type: field.name, value: String(extras[field.name]) }));
}

/**
 * Things named in the call: dates, clock times, money amounts, the profile's free-text fields, and one
 * entity per PII placeholder (value "[redacted]"). Each distinct entity once, in order of appearance.
 */
export function extractEntities(c: Conversation, profile: Profile, extras: ExtraFields): Entity[] {
  const { cues } = c;
  const all = [
    ...placeholders(c),
    ...named(c, cues.weekdays, 'date'),
    ...named(c, cues.relativeDays, 'date'),
    ...named(c, cues.months, 'date'),
    ...digitEntities(c, DIGIT_TIME, 'time'),
    ...spokenTimes(c),
    ...digitEntities(c, DIGIT_MONEY, 'money'),
    ...spokenMoney(c),
    ...namedInExtras(profile, extras),
  ];
  const seen = new Set<string>();
  const distinct = all.filter((e) => {
    if (e.value === REDACTED) return true;
    const key = `${e.type}:${e.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return distinct.slice(0, MAX_ENTITIES);
}
