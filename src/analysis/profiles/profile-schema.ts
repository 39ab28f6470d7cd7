import { z } from 'zod';
import { intents } from '../../contracts/call-analytics.js';
import { CLAUSE_BREAK, phraseWords } from './phrase-match.js';

const parties = ['customer', 'agent', 'any'] as const;
export const bantSignals = ['budget', 'authority', 'need', 'timing'] as const;

export const SUB_INTENT_SIGNAL = 'subIntent:';
export const CATEGORY_SIGNAL = 'category:';

const snakeName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case');
const camelName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase');
const languageCode = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as "en"');
const languageKey = z.string().regex(/^([a-z]{2}|\*)$/, 'must be a two-letter language code, or "*" for every language');

const phrase = z
  .string()
  .refine((p) => !CLAUSE_BREAK.test(p), 'a phrase cannot contain clause punctuation (.,;:!?): transcripts are matched clause by clause')
  .refine((p) => !/\*[\p{L}\p{N}]/u.test(p), 'a * wildcard may only end a word')
  .refine((p) => phraseWords(p).length > 0, 'a phrase needs at least one word');

/** Phrases per language; "*" holds phrases for every language (brand names, numbers). */
const languagePhrases = z
  .record(languageKey, z.array(phrase).min(1))
  .refine((phrases) => Object.keys(phrases).length > 0, 'needs phrases in at least one language');

const capturePattern = z.string().superRefine((pattern, ctx) => {
  try {
    // Matching the empty string through an added empty alternative reveals how many groups the pattern has.
    const groups = (new RegExp(`${pattern}|`, 'iu').exec('')?.length ?? 1) - 1;
    if (groups < 1) ctx.addIssue({ code: 'custom', message: 'a pattern needs a capturing group around the value' });
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
  }
});

/** Regular expressions per language (run case-insensitively on the original turn text); group 1 is the value. */
const languagePatterns = z
  .record(languageKey, z.array(capturePattern).min(1))
  .refine((patterns) => Object.keys(patterns).length > 0, 'needs patterns in at least one language');

const party = z.enum(parties);

const subIntentSchema = z.strictObject({
  name: snakeName,
  parent: z.enum(intents),
  phrases: languagePhrases,
});

const fieldBase = {
  name: camelName,
  description: z.string().min(1).optional(),
  party: party.default('any'),
};

function valuePhrases<T extends z.ZodType>(value: T) {
  return z.array(z.strictObject({ value, phrases: languagePhrases })).min(1);
}

const stringFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('string'),
  patterns: languagePatterns.optional(),
});

const numberFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('number'),
  integer: z.boolean().default(false),
  min: z.number().optional(),
  max: z.number().optional(),
  patterns: languagePatterns.optional(),
});

const booleanFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('boolean'),
  default: z.boolean().optional(),
  valuePhrases: valuePhrases(z.boolean()).optional(),
});

const enumFieldSchema = z
  .strictObject({
    ...fieldBase,
    type: z.literal('enum'),
    values: z.array(snakeName).min(2),
    default: snakeName.optional(),
    valuePhrases: valuePhrases(snakeName).optional(),
  })
  .superRefine((field, ctx) => {
    const known = new Set(field.values);
    if (known.size !== field.values.length) ctx.addIssue({ code: 'custom', path: ['values'], message: 'values must be unique' });
    if (field.default !== undefined && !known.has(field.default)) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `must be one of ${field.values.join(', ')}` });
    }
    field.valuePhrases?.forEach((hint, i) => {
      if (!known.has(hint.value)) ctx.addIssue({ code: 'custom', path: ['valuePhrases', i, 'value'], message: `must be one of ${field.values.join(', ')}` });
    });
  });

const extraFieldSchema = z.discriminatedUnion('type', [stringFieldSchema, numberFieldSchema, booleanFieldSchema, enumFieldSchema]);

const categorySchema = z.strictObject({
  name: snakeName,
  description: z.string().min(1),
  match: z
    .strictObject({ any: languagePhrases.optional(), all: languagePhrases.optional(), none: languagePhrases.optional() })
    .refine((m) => m.any !== undefined || m.all !== undefined || m.none !== undefined, 'needs at least one of any, all, none'),
  party,
  negatable: z.boolean(),
  languages: z.array(languageCode).min(1).optional(),
});

const leadRuleSchema = z.strictObject({
  signal: z
    .string()
    .regex(
      new RegExp(`^(${bantSignals.join('|')}|${SUB_INTENT_SIGNAL}[a-z][a-z0-9_]*|${CATEGORY_SIGNAL}[a-z][a-z0-9_]*)$`),
      `must be one of ${bantSignals.join(', ')}, ${SUB_INTENT_SIGNAL}<name> or ${CATEGORY_SIGNAL}<name>`,
    ),
  weight: z.number(),
});

const leadRulesSchema = z.strictObject({
  base: z.record(z.enum(intents), z.number().min(0).max(100)),
  hotLeadThreshold: z.number().min(0).max(100),
  rules: z.array(leadRuleSchema),
});

function addDuplicateIssues(names: readonly string[], path: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [path, i, 'name'], message: `duplicate name "${name}"` });
    seen.add(name);
  });
}

/** One vertical, as written in profiles/<name>.json. */
export const profileDefinitionSchema = z
  .strictObject({
    name: snakeName,
    description: z.string().min(1),
    promptAdditions: z.string().min(1),
    subIntents: z.array(subIntentSchema).min(1),
    extraFields: z.array(extraFieldSchema),
    leadRules: leadRulesSchema,
    categories: z.array(categorySchema),
  })
  .superRefine((profile, ctx) => {
    addDuplicateIssues(profile.subIntents.map((s) => s.name), 'subIntents', ctx);
    addDuplicateIssues(profile.extraFields.map((f) => f.name), 'extraFields', ctx);
    addDuplicateIssues(profile.categories.map((c) => c.name), 'categories', ctx);
    const subIntents = new Set(profile.subIntents.map((s) => s.name));
    const categories = new Set(profile.categories.map((c) => c.name));
    profile.leadRules.rules.forEach(({ signal, weight }, i) => {
      const path = ['leadRules', 'rules', i];
      if (signal.startsWith(SUB_INTENT_SIGNAL) && !subIntents.has(signal.slice(SUB_INTENT_SIGNAL.length))) {
        ctx.addIssue({ code: 'custom', path: [...path, 'signal'], message: `no sub-intent named "${signal.slice(SUB_INTENT_SIGNAL.length)}"` });
      } else if (signal.startsWith(CATEGORY_SIGNAL) && !categories.has(signal.slice(CATEGORY_SIGNAL.length))) {
        ctx.addIssue({ code: 'custom', path: [...path, 'signal'], message: `no category named "${signal.slice(CATEGORY_SIGNAL.length)}"` });
      } else if (isBantSignal(signal) && weight < 0) {
        // Keeps the lead score monotone in buyer signals: more evidence of a buyer never lowers it.
        ctx.addIssue({ code: 'custom', path: [...path, 'weight'], message: 'a BANT signal weight cannot be negative' });
      }
    });
  });

/** profiles/signals.json: what every profile shares. */
export const signalsSchema = z.strictObject({
  negation: z.strictObject({
    /** How many words before a phrase a negator may stand and still negate it. */
    window: z.number().int().min(1).max(10),
    negators: languagePhrases,
  }),
  bant: z.record(z.enum(bantSignals), languagePhrases),
});

export function isBantSignal(signal: string): signal is BantSignal {
  return (bantSignals as readonly string[]).includes(signal);
}

export type Party = (typeof parties)[number];
export type BantSignal = (typeof bantSignals)[number];
export type LanguagePhrases = z.infer<typeof languagePhrases>;
export type SubIntent = z.infer<typeof subIntentSchema>;
export type ExtraField = z.infer<typeof extraFieldSchema>;
export type Category = z.infer<typeof categorySchema>;
export type ProfileDefinition = z.infer<typeof profileDefinitionSchema>;
export type Signals = z.infer<typeof signalsSchema>;

/** A loaded profile: its own file plus the shared signals it is matched with. */
export type Profile = ProfileDefinition & { readonly signals: Signals };
