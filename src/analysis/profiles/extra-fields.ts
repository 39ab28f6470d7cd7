import { z } from 'zod';
import type { Turn } from '../../contracts/call-completed.js';
import { forLanguage, mentionsAny, readTranscript, type Transcript } from './phrase-match.js';
import type { ExtraField, LanguagePhrases, Party, Profile } from './profile-schema.js';

export type ExtraFieldValue = string | number | boolean | null;
export type ExtraFields = Record<string, ExtraFieldValue>;

function fieldValueSchema(field: ExtraField): z.ZodType<string | number | boolean> {
  switch (field.type) {
    case 'string':
      return z.string().trim().min(1);
    case 'number': {
      let schema = z.number();
      if (field.integer) schema = schema.int();
      if (field.min !== undefined) schema = schema.min(field.min);
      if (field.max !== undefined) schema = schema.max(field.max);
      return schema;
    }
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(field.values);
  }
}

/** The extra fields of a vertical as a zod object, every field nullable (null: not found). */
export function extraFieldsSchema(profile: Profile) {
  return z.object(Object.fromEntries(profile.extraFields.map((field) => [field.name, fieldValueSchema(field).nullable()])));
}

/** Every field of the profile, in order; a missing or invalid value becomes null rather than failing the call. */
export function validateExtraFields(profile: Profile, values: Readonly<Record<string, unknown>>): ExtraFields {
  return Object.fromEntries(
    profile.extraFields.map((field) => {
      const parsed = fieldValueSchema(field).safeParse(values[field.name]);
      return [field.name, parsed.success ? parsed.data : null];
    }),
  );
}

type CapturedField = Extract<ExtraField, { type: 'string' | 'number' }>;

/** Group 1 of the first pattern that matches, searching from the last turn: callers correct themselves and agents confirm at the end. */
function capture(field: CapturedField, transcript: Transcript): string | null {
  const regexes = forLanguage(field.patterns, transcript.language).map((pattern) => new RegExp(pattern, 'iu'));
  const turns = transcript.turns.filter((turn) => field.party === 'any' || turn.role === field.party);
  for (const turn of [...turns].reverse()) {
    for (const regex of regexes) {
      const value = regex.exec(turn.text)?.[1];
      if (value !== undefined) return value;
    }
  }
  return null;
}

/** Spoken numbers come as "1,200", "1.200" or "2,5": separators before three digits group thousands, a lone comma is a decimal point. */
function parseNumber(text: string): number {
  return Number(text.replace(/[\s.,'](?=\d{3}(?!\d))/g, '').replace(',', '.'));
}

/** The first listed value whose phrases the party says without negating them; the list is in order of precedence. */
function firstMentionedValue<T>(hints: readonly { value: T; phrases: LanguagePhrases }[] | undefined, party: Party, transcript: Transcript): T | undefined {
  const rule = { party, negatable: true };
  return hints?.find((hint) => mentionsAny(transcript, forLanguage(hint.phrases, transcript.language), rule))?.value;
}

function extractValue(field: ExtraField, transcript: Transcript): string | number | boolean | null {
  switch (field.type) {
    case 'string':
      return capture(field, transcript);
    case 'number': {
      const text = capture(field, transcript);
      return text === null ? null : parseNumber(text);
    }
    case 'boolean':
    case 'enum':
      return firstMentionedValue<string | boolean>(field.valuePhrases, field.party, transcript) ?? field.default ?? null;
  }
}

/** The profile's extra fields as far as the transcript states them, validated. */
export function extractExtraFields(profile: Profile, turns: readonly Turn[], language: string): ExtraFields {
  const transcript = readTranscript(turns, language, profile.signals);
  return validateExtraFields(profile, Object.fromEntries(profile.extraFields.map((field) => [field.name, extractValue(field, transcript)])));
}
