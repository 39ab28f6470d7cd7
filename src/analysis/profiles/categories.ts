import type { Turn } from '../../contracts/call-completed.js';
import { forLanguage, mentions, readTranscript, type Transcript } from './phrase-match.js';
import type { Category, LanguagePhrases, Profile } from './profile-schema.js';

/**
 * Whether a call falls into a category: some `any` phrase, every `all` phrase and no `none` phrase said by the party.
 * A category only applies in languages it has wording for in every part it uses: a `none` rule without
 * phrases in the call's language would otherwise tag every such call.
 */
function categoryMatches(category: Category, transcript: Transcript): boolean {
  if (category.languages && !category.languages.includes(transcript.language)) return false;
  const inLanguage = (part: LanguagePhrases | undefined) => part && forLanguage(part, transcript.language);
  const any = inLanguage(category.match.any);
  const all = inLanguage(category.match.all);
  const none = inLanguage(category.match.none);
  if ([any, all, none].some((phrases) => phrases?.length === 0)) return false;
  const mentioned = (phrase: string) => mentions(transcript, phrase, category);
  return (
    (any === undefined || any.some(mentioned)) &&
    (all === undefined || all.every(mentioned)) &&
    (none === undefined || !none.some(mentioned))
  );
}

/** The names of the profile's categories the call falls into, in the profile's order. */
export function matchCategories(profile: Profile, turns: readonly Turn[], language: string): string[] {
  const transcript = readTranscript(turns, language, profile.signals);
  return profile.categories.filter((category) => categoryMatches(category, transcript)).map((category) => category.name);
}
