import type { Intent } from '../../../contracts/call-analytics.js';

/**
 * What the local analyzer reads in one language: the call-centre phrases no general lexicon has.
 * Phrases are lower case; accents are optional (text is folded before matching); "word*" matches any
 * word it starts, and "~" stands for up to three words in between ("ruft sie ~ an").
 */
export interface LanguageCues {
  /** Words that turn the sentiment of what follows in the clause. */
  negators: readonly string[];
  intensifiers: readonly string[];
  downtoners: readonly string[];
  /** Words a general lexicon scores but that carry no feeling on a phone line (yes, no, please, mistranslations). */
  neutralWords: readonly string[];
  /** Call-centre expressions with their own sentiment in [-1, 1]; they are read before single words. */
  expressions: Readonly<Record<string, number>>;
  /** The customer apologising for their own earlier tone: the anger is over. */
  apologyForTone: readonly string[];
  /** Accepting an outcome the customer did not want ("thanks anyway"). */
  resignation: readonly string[];
  /** Taking it elsewhere: lawyers, regulators, reviews, leaving for a competitor. */
  threats: readonly string[];
  /** The agent cannot help, refuses or has bad news. */
  badNews: readonly string[];
  /** The request is done or the problem solved. */
  resolution: readonly string[];
  /** The agent finds the line dead. */
  hangUp: readonly string[];
  /** A recorded greeting or menu: the customer talks to a machine. */
  recordedLine: readonly string[];
  escalation: {
    /** What a customer asking for someone else says; it counts with one of `roles` later in the same clause. */
    demandVerbs: readonly string[];
    roles: readonly string[];
    /** The agent passes the call to someone else. */
    handover: readonly string[];
    /** Someone other than the agent will contact the customer later. */
    followUp: readonly string[];
  };
  /** Phrases pointing to each reason for calling, weighted 1 (hint) to 3 (says it outright). */
  intents: Readonly<Record<Intent, Readonly<Record<string, number>>>>;
  /** How an agent opens a call the business placed, to a customer who did not ask for it. */
  outboundOpening: readonly string[];
  lead: {
    /** The customer commits: buys, books, asks for the contract. */
    commitment: readonly string[];
    /** The customer holds back or says no. */
    reluctance: readonly string[];
  };
  entities: {
    weekdays: readonly string[];
    relativeDays: readonly string[];
    months: readonly string[];
    /** Spelled-out numbers, for amounts and times said in words. */
    numberWords: readonly string[];
    currencies: readonly string[];
    /** Words that introduce a clock time ("at", "um", "à"). */
    timePrepositions: readonly string[];
  };
}
