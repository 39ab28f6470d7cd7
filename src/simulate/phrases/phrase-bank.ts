import type { Intent } from '../../contracts/call-analytics.js';
import type { EscalationKind, LeadQuality, Mood, SharedContact, Vertical } from '../scenario.js';

/** Interchangeable sentences; `{slot}` marks stand for the details of the call at hand. */
export type Lines = readonly string[];

/** A question and an answer that fits it. */
export type Exchange = readonly [question: string, answer: string];

export const slotNames = ['business', 'agent', 'first', 'last', 'spelled', 'service', 'problem', 'day', 'price', 'phone', 'email', 'contact'] as const;
export type Slot = (typeof slotNames)[number];
export type Slots = Readonly<Record<Slot, string>>;

type ByVertical = Readonly<Record<Vertical, Lines>>;
type ByIntent<T = Lines> = Readonly<Record<Intent, T>>;
type ByMood = Readonly<Record<Mood, Lines>>;

/**
 * Everything said in one language. Sentences are written for their language, not translated, and each
 * `{service}` and `{day}` only appears where the language's grammar takes the phrases as they are written.
 */
export interface PhraseBank {
  /** The digits 0–9 as callers read them out one by one. */
  digits: readonly [string, string, string, string, string, string, string, string, string, string];
  /** How the seven digits of a local number are grouped when read out. */
  phoneGrouping: readonly number[];
  /** The spoken '@' and '.', and the mail providers callers use. */
  email: { at: string; dot: string; domains: Lines };
  customerNames: { first: Lines; last: Lines };
  /** When something could happen, as an adverbial: "on Thursday". */
  days: Lines;
  prices: Lines;
  businesses: ByVertical;
  /** What callers ask for, as a noun phrase with its article, fit to be the object of a verb. */
  services: ByVertical;
  /**
   * What went wrong, as the caller's own sentence: for a complaint, something the business did;
   * for support, something the caller needs fixed.
   */
  problems: Readonly<Record<'complaint' | 'support', ByVertical>>;
  agent: {
    greeting: Lines;
    welcome: Lines;
    /** The notice that the call is recorded. */
    recording: Lines;
    apology: Lines;
    askName: Lines;
    thankName: Lines;
    askSpelling: Lines;
    askContact: Readonly<Record<Exclude<SharedContact, 'none'>, Lines>>;
    readBack: Lines;
    /** What the agent asks to understand the request, each with an answer from the caller. */
    questions: ByIntent<readonly Exchange[]>;
    /** Information, offers and fixes. */
    propose: ByIntent;
    empathize: Lines;
    /** Remarks that fit anywhere: taking notes, a slow system, thinking aloud. */
    aside: Lines;
    /** Statements that fit any request: where things are noted, what happens next. */
    explain: Lines;
    hold: Lines;
    resume: Lines;
    escalate: Readonly<Record<EscalationKind, Lines>>;
    /** Last words before a transfer. */
    transfer: Lines;
    /** Sums the call up before closing it. */
    recap: ByIntent;
    resolve: ByIntent;
    cannotResolve: Lines;
    anythingElse: Lines;
    /** The invitation to rate the call. */
    survey: Lines;
    goodbye: Lines;
  };
  customer: {
    /** How the caller starts, before saying why they call. */
    openMood: ByMood;
    open: ByIntent;
    name: Lines;
    spelling: Lines;
    phone: Lines;
    email: Lines;
    /** Yes to the agent reading details back. */
    confirm: Lines;
    /** What the caller tells without being asked. */
    detail: ByIntent;
    /** What the caller asks once the agent is helping, each with the agent's answer. */
    questions: ByIntent<readonly Exchange[]>;
    /** Remarks that fit anywhere: a bad line, a pen, a moment to think. */
    aside: Lines;
    /** Bits of the caller's life that fit any request. */
    chat: Lines;
    react: ByMood;
    lead: Readonly<Record<LeadQuality, Lines>>;
    /** The reply to being escalated. */
    escalated: ByMood;
    resolved: Lines;
    unresolved: Lines;
    goodbye: ByMood;
    /** "Mm-hm" while the agent talks. */
    backchannel: Lines;
  };
}

const slotMark = /\{(\w+)\}/g;

/**
 * The template with the call's details in place, starting with a capital even when a detail opens it.
 * Unknown marks stay as they are, so that a typo in a bank shows in the text (and fails the banks' test).
 */
export function fill(template: string, slots: Slots): string {
  if (!template.includes('{')) return template;
  const filled = template.replace(slotMark, (mark, name: string) => ((slotNames as readonly string[]).includes(name) ? slots[name as Slot] : mark));
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}
