export { matchCategories } from './categories.js';
export { extractExtraFields, extraFieldsSchema, validateExtraFields, type ExtraFields, type ExtraFieldValue } from './extra-fields.js';
export { detectLeadSignals, leadScore, type LeadEvidence, type LeadScore } from './lead-score.js';
export { defaultProfilesDir, FALLBACK_VERTICAL, loadProfiles, type ProfileLookup, type ProfileRegistry } from './load-profiles.js';
export { bantSignals, type BantSignal, type Category, type ExtraField, type Profile, type SubIntent } from './profile-schema.js';
export { detectSubIntent, type SubIntentMatch } from './sub-intent.js';
