import { intents, type Intent } from '../../../contracts/call-analytics.js';
import { PhraseIndex } from '../phrase-index.js';
import { baseLanguage, foldText } from '../text.js';
import { lexiconLanguages, loadWordLexicon } from '../word-lexicon.js';
import { cueClasses, cueClassNames, dispatchCues } from './cue-classes.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import type { LanguageCues } from './language-cues.js';
import { nl } from './nl.js';
import { pt } from './pt.js';

const cuesByLanguage = { en, es, de, fr, pt, it, nl } satisfies Record<(typeof lexiconLanguages)[number], LanguageCues>;
type SupportedLanguage = keyof typeof cuesByLanguage;

/** A language's cues compiled for matching, with its word lexicon. */
export interface CompiledCues {
  language: SupportedLanguage;
  negators: ReadonlySet<string>;
  intensifiers: ReadonlySet<string>;
  downtoners: ReadonlySet<string>;
  words: ReadonlyMap<string, number>;
  /** The expressions, with threats, resignation and apologies for one's tone scored as what they say about the speaker's mood. */
  expressions: PhraseIndex<number>;
  apologyForTone: PhraseIndex<true>;
  resignation: PhraseIndex<true>;
  threats: PhraseIndex<true>;
  badNews: PhraseIndex<true>;
  resolution: PhraseIndex<true>;
  hangUp: PhraseIndex<true>;
  recordedLine: PhraseIndex<true>;
  escalationDemandVerbs: PhraseIndex<true>;
  escalationRoles: PhraseIndex<true>;
  handover: PhraseIndex<true>;
  followUp: PhraseIndex<true>;
  dispatchVerbs: PhraseIndex<true>;
  onCallRoles: PhraseIndex<true>;
  conditionals: PhraseIndex<true>;
  intents: Readonly<Record<Intent, PhraseIndex<number>>>;
  /** Broad cue classes for the reason for calling (see cue-classes.ts). */
  classes: Readonly<Record<(typeof cueClassNames)[number], PhraseIndex<true>>>;
  outboundOpening: PhraseIndex<true>;
  commitment: PhraseIndex<true>;
  reluctance: PhraseIndex<true>;
  weekdays: PhraseIndex<true>;
  relativeDays: PhraseIndex<true>;
  months: PhraseIndex<true>;
  numberWords: ReadonlySet<string>;
  currencies: PhraseIndex<true>;
  timePrepositions: ReadonlySet<string>;
}

/** How the mood-bearing phrase lists read as sentiment, where the language's expressions do not score the phrase themselves. */
const LIST_SENTIMENT = { threats: -0.6, resignation: -0.25, apologyForTone: 0.3 } as const;

/**
 * Callers switch languages mid-sentence ("Perfecto, gracias, see you Saturday"): the other languages'
 * clearer expressions count too, after the call language's own, which win where both have a phrase.
 */
const BORROWED_MIN_WEIGHT = 0.4;

/**
 * Greetings and "okay" carry no feeling about the call, though their words do in a lexicon ("bom" in
 * "bom dia", "bene" in "va bene"): read as neutral expressions in every language.
 */
const NEUTRAL_FORMULAS = [
  'good morning', 'good afternoon', 'good evening', 'good night', 'good day', 'all right', 'alright',
  'buenos dias', 'buenas tardes', 'buenas noches', 'buenas', 'esta bien', 'bueno',
  'guten morgen', 'guten tag', 'guten abend', 'gute nacht', 'schonen tag', 'alles klar', 'na gut', 'ist gut', 'schon gut',
  'bonjour', 'bonsoir', 'bonne journee', 'bonne soiree', 'bonne nuit', 'tres bien', "c'est bon", 'bon',
  'bom dia', 'boa tarde', 'boa noite', 'ta bom', 'esta bem', 'tudo bem', 'tudo bom', 'ta bem',
  'buongiorno', 'buonasera', 'buona giornata', 'buona serata', 'buonanotte', 'va bene', 'va be', 'bene',
  'goedemorgen', 'goedemiddag', 'goedenavond', 'goedendag', 'goede dag', 'is goed', 'prima', 'oke',
];

function sentimentPhrases(language: SupportedLanguage): [string, number][] {
  const cues = cuesByLanguage[language];
  const listed = (Object.keys(LIST_SENTIMENT) as (keyof typeof LIST_SENTIMENT)[]).flatMap((list) => cues[list].map((phrase): [string, number] => [phrase, LIST_SENTIMENT[list]]));
  const own = [...Object.entries(cues.expressions), ...listed.filter(([phrase]) => !(phrase in cues.expressions))];
  const ownPhrases = new Set(own.map(([phrase]) => phrase));
  const borrowed = Object.values(cuesByLanguage)
    .filter((other) => other !== cues)
    .flatMap((other) => Object.entries(other.expressions))
    .filter(([phrase, weight]) => Math.abs(weight) >= BORROWED_MIN_WEIGHT && !ownPhrases.has(phrase));
  const neutral = NEUTRAL_FORMULAS.filter((phrase) => !ownPhrases.has(phrase)).map((phrase): [string, number] => [phrase, 0]);
  return [...own, ...borrowed, ...neutral];
}

const folded = (words: readonly string[]) => new Set(words.map(foldText));

function compile(language: SupportedLanguage): CompiledCues {
  const cues = cuesByLanguage[language];
  return {
    language,
    negators: folded(cues.negators),
    intensifiers: folded(cues.intensifiers),
    downtoners: folded(cues.downtoners),
    words: loadWordLexicon(language, cues.neutralWords),
    expressions: new PhraseIndex(sentimentPhrases(language)),
    apologyForTone: PhraseIndex.of(cues.apologyForTone),
    resignation: PhraseIndex.of(cues.resignation),
    threats: PhraseIndex.of(cues.threats),
    badNews: PhraseIndex.of(cues.badNews),
    resolution: PhraseIndex.of(cues.resolution),
    hangUp: PhraseIndex.of(cues.hangUp),
    recordedLine: PhraseIndex.of(cues.recordedLine),
    escalationDemandVerbs: PhraseIndex.of(cues.escalation.demandVerbs),
    escalationRoles: PhraseIndex.of(cues.escalation.roles),
    handover: PhraseIndex.of(cues.escalation.handover),
    followUp: PhraseIndex.of(cues.escalation.followUp),
    dispatchVerbs: PhraseIndex.of(dispatchCues[language].verbs),
    onCallRoles: PhraseIndex.of(dispatchCues[language].onCallRoles),
    conditionals: PhraseIndex.of(dispatchCues[language].conditionals),
    intents: Object.fromEntries(intents.map((intent) => [intent, new PhraseIndex(Object.entries(cues.intents[intent]))])) as Record<Intent, PhraseIndex<number>>,
    classes: Object.fromEntries(cueClassNames.map((name) => [name, PhraseIndex.of(cueClasses[language][name])])) as CompiledCues['classes'],
    outboundOpening: PhraseIndex.of(cues.outboundOpening),
    commitment: PhraseIndex.of(cues.lead.commitment),
    reluctance: PhraseIndex.of(cues.lead.reluctance),
    weekdays: PhraseIndex.of(cues.entities.weekdays),
    relativeDays: PhraseIndex.of(cues.entities.relativeDays),
    months: PhraseIndex.of(cues.entities.months),
    numberWords: folded(cues.entities.numberWords),
    currencies: PhraseIndex.of(cues.entities.currencies),
    timePrepositions: folded(cues.entities.timePrepositions),
  };
}

const compiled = new Map<SupportedLanguage, CompiledCues>();

const isSupported = (language: string): language is SupportedLanguage => language in cuesByLanguage;

/** The cues of a call's language ("es-MX" reads as "es"); English for a language the analyzer does not know. Compiled once. */
export function cuesFor(language: string = 'en'): CompiledCues {
  const base = baseLanguage(language);
  const supported = isSupported(base) ? base : 'en';
  let cues = compiled.get(supported);
  if (!cues) {
    cues = compile(supported);
    compiled.set(supported, cues);
  }
  return cues;
}
