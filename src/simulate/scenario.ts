import { intents, type Intent } from '../contracts/call-analytics.js';
import type { Agent } from './agents.js';
import type { Random } from './random.js';

export const verticals = ['generic', 'healthcare', 'real_estate', 'salon', 'after_hours', 'it_helpdesk', 'sales'] as const;
export type Vertical = (typeof verticals)[number];

export const languages = ['en', 'es', 'de', 'fr', 'pt', 'it', 'nl'] as const;
export type Language = (typeof languages)[number];

/** How the caller's mood moves through the call. */
export const toneArcs = ['happy', 'neutral', 'angry_then_resolved', 'polite_complaint', 'angry_unresolved'] as const;
export type ToneArc = (typeof toneArcs)[number];

export type Mood = 'pleased' | 'calm' | 'annoyed' | 'angry';

/** The caller's mood as the call opens, through the first and the second half of its body, and as it ends. */
export interface MoodArc {
  opening: Mood;
  early: Mood;
  late: Mood;
  ending: Mood;
}

/** Transfer to a manager, a page to the on-call person, or a promise that a person calls back. */
export const escalationKinds = ['manager', 'on_call', 'follow_up'] as const;
export type EscalationKind = (typeof escalationKinds)[number];

export const leadQualities = ['hot', 'warm', 'cold'] as const;
export type LeadQuality = (typeof leadQualities)[number];

/** Contact details the caller reads out, beyond their name. */
export const sharedContacts = ['phone', 'email', 'none'] as const;
export type SharedContact = (typeof sharedContacts)[number];

/** What a call is about and how it goes, before a word of it is written. */
export interface Scenario {
  agent: Agent;
  vertical: Vertical;
  language: Language;
  intent: Intent;
  toneArc: ToneArc;
  escalation: EscalationKind | null;
  lead: LeadQuality;
  sharedContact: SharedContact;
  /** Whether the caller spells their surname out. */
  spellsName: boolean;
  /** Planned length; the timed transcript lands near it. */
  targetDurationMs: number;
  /** Planned number of turns; the script comes within one of it, unless its opening and ending alone need more. */
  turnCount: number;
}

export const moodArcs: Readonly<Record<ToneArc, MoodArc>> = {
  happy: { opening: 'pleased', early: 'pleased', late: 'calm', ending: 'pleased' },
  neutral: { opening: 'calm', early: 'calm', late: 'calm', ending: 'calm' },
  angry_then_resolved: { opening: 'angry', early: 'angry', late: 'calm', ending: 'pleased' },
  polite_complaint: { opening: 'annoyed', early: 'annoyed', late: 'calm', ending: 'calm' },
  angry_unresolved: { opening: 'angry', early: 'angry', late: 'angry', ending: 'angry' },
};

export const isResolved = (arc: ToneArc): boolean => arc !== 'angry_unresolved';

/** Intents whose callers may bring business, so their words carry buying signals. */
export const leadBearingIntents: ReadonlySet<Intent> = new Set(['info', 'booking', 'sales']);

const intentWeights: Readonly<Record<Vertical, Readonly<Record<Intent, number>>>> = {
  generic: { info: 3, booking: 2, complaint: 2, sales: 1, support: 2 },
  healthcare: { info: 3, booking: 5, complaint: 1, sales: 0.5, support: 1.5 },
  real_estate: { info: 4, booking: 3, complaint: 1, sales: 2, support: 1 },
  salon: { info: 2, booking: 6, complaint: 1, sales: 1, support: 0.5 },
  after_hours: { info: 2, booking: 1, complaint: 2, sales: 0.5, support: 5 },
  it_helpdesk: { info: 1, booking: 0.5, complaint: 1.5, sales: 0.5, support: 7 },
  sales: { info: 2, booking: 1.5, complaint: 0.5, sales: 6, support: 1 },
};

const toneWeights: Readonly<Record<Intent, Readonly<Record<ToneArc, number>>>> = {
  info: { happy: 4, neutral: 5, angry_then_resolved: 0.3, polite_complaint: 0.5, angry_unresolved: 0.2 },
  booking: { happy: 5, neutral: 4, angry_then_resolved: 0.4, polite_complaint: 0.5, angry_unresolved: 0.2 },
  sales: { happy: 4, neutral: 5, angry_then_resolved: 0.2, polite_complaint: 0.5, angry_unresolved: 0.3 },
  support: { happy: 1.5, neutral: 4, angry_then_resolved: 2.5, polite_complaint: 1.5, angry_unresolved: 1 },
  complaint: { happy: 0, neutral: 0.5, angry_then_resolved: 3, polite_complaint: 3, angry_unresolved: 2 },
};

/** How a skilled agent shifts the odds: calmer, happier callers, fewer lost causes. */
function skillFactor(arc: ToneArc, skill: number): number {
  switch (arc) {
    case 'happy':
      return 0.6 + 0.8 * skill;
    case 'angry_then_resolved':
      return 0.4 + 1.2 * skill;
    case 'angry_unresolved':
      return 1.8 - 1.6 * skill;
    default:
      return 1;
  }
}

const escalationChance: Readonly<Record<ToneArc, number>> = {
  happy: 0.02,
  neutral: 0.05,
  angry_then_resolved: 0.3,
  polite_complaint: 0.2,
  angry_unresolved: 0.6,
};

const escalationWeights: Readonly<Record<Vertical, Readonly<Record<EscalationKind, number>>>> = {
  generic: { manager: 55, on_call: 0, follow_up: 45 },
  healthcare: { manager: 40, on_call: 15, follow_up: 45 },
  real_estate: { manager: 45, on_call: 10, follow_up: 45 },
  salon: { manager: 60, on_call: 0, follow_up: 40 },
  after_hours: { manager: 10, on_call: 70, follow_up: 20 },
  it_helpdesk: { manager: 25, on_call: 40, follow_up: 35 },
  sales: { manager: 50, on_call: 0, follow_up: 50 },
};

const leadWeights: Readonly<Record<Intent, Readonly<Record<LeadQuality, number>>>> = {
  sales: { hot: 35, warm: 40, cold: 25 },
  booking: { hot: 35, warm: 45, cold: 20 },
  info: { hot: 15, warm: 45, cold: 40 },
  support: { hot: 0, warm: 10, cold: 90 },
  complaint: { hot: 0, warm: 5, cold: 95 },
};

const sharedContactWeights: Readonly<Record<SharedContact, number>> = { phone: 35, email: 20, none: 45 };

/** Agents mostly take calls of their own vertical; the rest is overflow from other queues. */
const ownVerticalShare = 0.8;

export function drawScenario(agent: Agent, random: Random): Scenario {
  const vertical = random.chance(ownVerticalShare) ? agent.homeVertical : random.pick(verticals);
  const language = random.weighted(languages, (language) => agent.languages[language]);
  const intent = random.weighted(intents, (intent) => intentWeights[vertical][intent]);
  const toneArc = random.weighted(toneArcs, (arc) => toneWeights[intent][arc] * skillFactor(arc, agent.skill));
  const escalates = random.chance(Math.min(0.95, escalationChance[toneArc] * (1.5 - agent.skill)));
  const targetDurationMs = drawDurationMs(random);
  return {
    agent,
    vertical,
    language,
    intent,
    toneArc,
    escalation: escalates ? random.weighted(escalationKinds, (kind) => escalationWeights[vertical][kind]) : null,
    lead: drawLead(intent, toneArc, agent.skill, random),
    sharedContact: random.weighted(sharedContacts, (contact) => sharedContactWeights[contact]),
    spellsName: random.chance(0.3),
    targetDurationMs,
    // Longer calls have more turns, not just longer ones: about one turn per 8–12 seconds. The script may
    // come out one turn shorter, so this stays one inside the 12–40 turns of a plausible call.
    turnCount: Math.max(13, Math.min(39, Math.round(targetDurationMs / random.between(8_000, 12_000)))),
  };
}

function drawLead(intent: Intent, arc: ToneArc, skill: number, random: Random): LeadQuality {
  const upset = arc === 'angry_unresolved' || arc === 'polite_complaint';
  return random.weighted(leadQualities, (quality) => {
    const weight = leadWeights[intent][quality];
    if (quality === 'hot') return weight * (0.4 + 1.2 * skill) * (upset ? 0.2 : 1);
    return quality === 'cold' && upset ? weight * 2 : weight;
  });
}

/** Bell-shaped between 2 and 8 minutes around 5: the mean of three uniform draws. */
function drawDurationMs(random: Random): number {
  const bell = (random.next() + random.next() + random.next()) / 3;
  return Math.round(120_000 + bell * 360_000);
}
