import type { Analysis } from '../../contracts/call-analytics.js';
import { validateExtraFields, type ExtraField, type Profile } from '../profiles/index.js';

function describeField(field: ExtraField): string {
  const type = field.type === 'enum' ? `one of ${field.values.join(' | ')}` : field.type;
  return `- ${field.name} (${type} or null)${field.description ? `: ${field.description}` : ''}`;
}

/** What the model must know of the call's vertical: its prompt additions, sub-intents, extra fields and hot-lead threshold. */
export function profileInstructions(profile: Profile): string {
  return [
    profile.promptAdditions,
    `intentDetail: one of ${profile.subIntents.map((s) => `${s.name} (under ${s.parent})`).join(', ')}, or null when none fits.`,
    profile.extraFields.length > 0 ? `extras: give each of these fields as a {name, value} pair:\n${profile.extraFields.map(describeField).join('\n')}` : 'extras: an empty list.',
    `categories: names from ${profile.categories.map((c) => c.name).join(', ')} that apply, else an empty list.`,
    `hotLead: true when leadScore is ${profile.leadRules.hotLeadThreshold} or more.`,
  ].join('\n');
}

/**
 * Holds a model's answer to the profile: unknown sub-intents and categories are dropped, extra
 * fields are validated (an invalid value becomes null), and hotLead follows the profile's threshold.
 */
export function conformToProfile(analysis: Analysis, profile: Profile): Analysis {
  const subIntent = profile.subIntents.find((s) => s.name === analysis.intentDetail);
  const categories = new Set(profile.categories.map((c) => c.name));
  return {
    ...analysis,
    intentDetail: subIntent ? subIntent.name : null,
    categories: analysis.categories.filter((c) => categories.has(c)),
    extras: validateExtraFields(profile, analysis.extras),
    hotLead: analysis.leadScore >= profile.leadRules.hotLeadThreshold,
  };
}
