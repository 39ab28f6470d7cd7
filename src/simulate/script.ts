import type { Turn } from '../contracts/call-completed.js';
import { fill, type Exchange, type Lines, type PhraseBank, type Slots } from './phrases/phrase-bank.js';
import type { Random } from './random.js';
import { isResolved, leadBearingIntents, moodArcs, type Mood, type Scenario } from './scenario.js';

export type Role = Turn['role'];

/** How a line meets the one before: after a pause, cutting in, or as a murmur over the other party. */
export type Delivery = 'turn' | 'interruption' | 'backchannel';

export interface ScriptLine {
  role: Role;
  text: string;
  /** Counted while writing, since timing needs it and counting is the costliest part of both. */
  words: number;
  delivery: Delivery;
}

/** One line to be written: a sentence from each of `say`, then sentences from `elaborate` while the call runs short. */
interface Beat {
  role: Role;
  say: readonly Lines[];
  elaborate?: Lines;
  /** The last sentence of `say` stays last, as a question does after the remarks that lead up to it. */
  keepLast?: boolean;
  /** Most sentences for this line; the speaker's usual most when absent. */
  limit?: number;
  delivery?: Delivery;
}

/** A beat being written: the templates it has used, and what they became. */
interface Draft {
  beat: Beat;
  templates: string[];
  sentences: string[];
  words: number;
}

/** How much one party says in a single turn, at most. */
const maxSentences: Readonly<Record<Role, number>> = { agent: 5, customer: 4 };

const upset = (mood: Mood): boolean => mood === 'angry' || mood === 'annoyed';

/**
 * The words of a call: beats that follow the scenario, each written with sentences the call has not used yet
 * where it can, then lengthened until the planned speaking time is filled.
 */
export function writeScript(
  scenario: Scenario,
  bank: PhraseBank,
  slots: Slots,
  speakingMs: number,
  wordsPerSecond: Readonly<Record<Role, number>>,
  random: Random,
): ScriptLine[] {
  const usedInCall = new Set<string>();
  const isFresh = (template: string): boolean => !usedInCall.has(template);
  let remainingMs = speakingMs;
  const add = (draft: Draft, template: string, at: number): void => {
    const sentence = fill(template, slots);
    usedInCall.add(template);
    draft.templates.push(template);
    draft.sentences.splice(at, 0, sentence);
    const words = countWords(sentence);
    draft.words += words;
    remainingMs -= (words / wordsPerSecond[draft.beat.role]) * 1000;
  };

  const drafts = planBeats(scenario, bank, random).map((beat): Draft => ({ beat, templates: [], sentences: [], words: 0 }));
  for (const draft of drafts) {
    for (const lines of draft.beat.say) add(draft, pickFresh(lines, isFresh, draft.templates, random), draft.sentences.length);
  }
  // Turns grow only with sentences the call has not said yet: a long call may fall short of its planned length
  // rather than repeat itself.
  const hasRoom = ({ beat, sentences }: Draft): boolean => sentences.length < (beat.limit ?? maxSentences[beat.role]);
  const growing = drafts.filter((draft) => draft.beat.elaborate !== undefined && hasRoom(draft));
  while (remainingMs > 0 && growing.length > 0) {
    const index = random.int(0, growing.length - 1);
    const draft = growing[index];
    if (draft === undefined) break;
    const template = pickWhere(draft.beat.elaborate ?? [], isFresh, random);
    if (template !== undefined) add(draft, template, draft.beat.keepLast ? draft.sentences.length - 1 : draft.sentences.length);
    if (template === undefined || !hasRoom(draft)) growing.splice(index, 1);
  }
  return drafts.map(({ beat, sentences, words }) => ({ role: beat.role, text: sentences.join(' '), words, delivery: beat.delivery ?? 'turn' }));
}

/** Words of a text whose words are separated by single spaces, as in every phrase bank line. */
function countWords(text: string): number {
  if (text === '') return 0;
  let words = 1;
  for (let space = text.indexOf(' '); space !== -1; space = text.indexOf(' ', space + 1)) words += 1;
  return words;
}

/**
 * A template the call has not used yet if one is left, else one this turn has not used: callers repeat
 * themselves over a long call, but not within one breath.
 */
function pickFresh(lines: Lines, isFresh: (template: string) => boolean, usedInTurn: readonly string[], random: Random): string {
  return (
    pickWhere(lines, isFresh, random) ??
    pickWhere(lines, (line) => !usedInTurn.includes(line), random) ??
    random.pick(lines)
  );
}

/** A random line among those that pass, without building a list of them: this runs for every sentence. */
function pickWhere(lines: Lines, passes: (line: string) => boolean, random: Random): string | undefined {
  let passing = 0;
  for (const line of lines) if (passes(line)) passing += 1;
  if (passing === 0) return undefined;
  let skip = random.int(0, passing - 1);
  for (const line of lines) if (passes(line) && skip-- === 0) return line;
  return undefined;
}

function planBeats(scenario: Scenario, bank: PhraseBank, random: Random): Beat[] {
  const { agent, customer } = bank;
  const { intent } = scenario;
  const openingMood = moodArcs[scenario.toneArc].opening;
  const dialogue: Dialogue = {
    agentQuestions: random.shuffle(agent.questions[intent]),
    customerQuestions: random.shuffle(customer.questions[intent]),
    owed: null,
  };
  const head: Beat[] = [
    { role: 'agent', say: [agent.greeting] },
    { role: 'customer', say: [customer.openMood[openingMood], customer.open[intent]], elaborate: customer.detail[intent] },
    { role: 'agent', say: [upset(openingMood) ? agent.apology : agent.welcome, ...(random.chance(0.4) ? [agent.recording] : []), agent.askName] },
    { role: 'customer', say: [customer.name] },
    ...(scenario.spellsName
      ? [{ role: 'agent', say: [agent.askSpelling] }, { role: 'customer', say: [customer.spelling] }] satisfies Beat[]
      : []),
    askingBeat(dialogue, [agent.thankName], bank) ?? { role: 'agent', say: [agent.thankName] },
  ];
  const tail = [...contactBeats(scenario, bank), ...outcomeBeats(scenario, bank, random)];
  const middle = middleBeats(scenario, bank, dialogue, Math.max(1, scenario.turnCount - head.length - tail.length), random);
  return [...head, ...middle, ...tail];
}

/** The questions not asked yet, and the answer owed to the last one asked. */
interface Dialogue {
  agentQuestions: Exchange[];
  customerQuestions: Exchange[];
  owed: { by: Role; answer: string } | null;
}

/** The agent asks its next question, after remarks that lead up to it; null once every question is asked. */
function askingBeat(dialogue: Dialogue, opener: readonly Lines[], bank: PhraseBank): Beat | null {
  const exchange = dialogue.agentQuestions.shift();
  if (exchange === undefined) return null;
  const [question, answer] = exchange;
  dialogue.owed = { by: 'customer', answer };
  return { role: 'agent', say: [...opener, [question]], elaborate: bank.agent.aside, keepLast: true, limit: opener.length + 2 };
}

/**
 * The body of the call, starting and ending with the customer. First the agent asks and the customer answers;
 * from halfway, or once the agent has nothing left to ask, the agent informs or offers, and the customer reacts,
 * shows how keen they are, or asks questions of their own. Now and then the agent puts the caller on hold (two
 * agent turns in a row) or the caller murmurs over the agent. One turn short of `count` when the turns do not
 * pair up.
 */
function middleBeats(scenario: Scenario, bank: PhraseBank, dialogue: Dialogue, count: number, random: Random): Beat[] {
  const { agent, customer } = bank;
  const { intent } = scenario;
  const { early, late } = moodArcs[scenario.toneArc];
  const beats: Beat[] = [];
  const room = (): number => count - beats.length;
  const firstHalf = (): boolean => beats.length < count / 2;
  const mood = (): Mood => (firstHalf() ? early : late);
  const explaining: Lines = [...agent.propose[intent], ...agent.explain, ...agent.aside];
  const telling: Lines = [...customer.detail[intent], ...customer.chat];

  const customerBeat = (): Beat => {
    const currentMood = mood();
    const delivery = random.chance(currentMood === 'angry' ? 0.3 : 0.05) ? 'interruption' : 'turn';
    const reaction = [customer.react[currentMood]];
    const aside = random.chance(0.1) ? [customer.aside] : [];
    const owed = dialogue.owed;
    if (owed?.by === 'customer') {
      dialogue.owed = null;
      // Before an answer, only an upset caller's reaction fits ("This is ridiculous. Last Tuesday."), not a pleased one.
      const say = upset(currentMood) && random.chance(0.5) ? [...reaction, [owed.answer]] : [...aside, [owed.answer]];
      return { role: 'customer', say, elaborate: telling, delivery };
    }
    // The last turn of the body asks nothing, as the agent moves on to wrapping up.
    const lastOfBody = room() <= 2;
    const exchange = !firstHalf() && !lastOfBody && random.chance(0.5) ? dialogue.customerQuestions.shift() : undefined;
    if (exchange !== undefined) {
      const [question, answer] = exchange;
      dialogue.owed = { by: 'agent', answer };
      return { role: 'customer', say: [...reaction, ...aside, [question]], delivery };
    }
    const buyingSignal = leadBearingIntents.has(intent) && random.chance(0.6) ? [customer.lead[scenario.lead]] : [];
    return { role: 'customer', say: [...reaction, ...buyingSignal], elaborate: telling, delivery };
  };

  const agentBeat = (opener: readonly Lines[]): Beat => {
    const delivery = random.chance(0.03) ? 'interruption' : 'turn';
    const owed = dialogue.owed;
    if (owed?.by === 'agent') {
      dialogue.owed = null;
      return { role: 'agent', say: [...opener, [owed.answer]], elaborate: explaining, delivery };
    }
    const asking = firstHalf() ? askingBeat(dialogue, opener, bank) : null;
    return asking ? { ...asking, delivery } : { role: 'agent', say: [...opener, agent.propose[intent]], elaborate: explaining, delivery };
  };

  beats.push(customerBeat());
  while (room() >= 2) {
    const holds = room() >= 3 && random.chance(0.15);
    if (holds) beats.push({ role: 'agent', say: [agent.hold] });
    beats.push(agentBeat(holds ? [agent.resume] : upset(mood()) && random.chance(0.6) ? [agent.empathize] : []));
    if (room() >= 2 && random.chance(0.12)) beats.push({ role: 'customer', say: [customer.backchannel], delivery: 'backchannel' });
    beats.push(customerBeat());
  }
  return beats;
}

function contactBeats(scenario: Scenario, bank: PhraseBank): Beat[] {
  const { agent, customer } = bank;
  switch (scenario.sharedContact) {
    case 'none':
      return [];
    case 'phone':
    case 'email':
      return [
        { role: 'agent', say: [agent.askContact[scenario.sharedContact]] },
        { role: 'customer', say: [customer[scenario.sharedContact]] },
        { role: 'agent', say: [agent.readBack] },
        { role: 'customer', say: [customer.confirm] },
      ];
  }
}

/** Resolution or escalation, then the goodbyes; a transfer ends the agent's part of the call at once. */
function outcomeBeats(scenario: Scenario, bank: PhraseBank, random: Random): Beat[] {
  const { agent, customer } = bank;
  const endingMood = moodArcs[scenario.toneArc].ending;
  const closing: Beat[] = [
    { role: 'agent', say: [agent.anythingElse] },
    { role: 'customer', say: [customer.goodbye[endingMood]] },
    { role: 'agent', say: [...(endingMood !== 'angry' && random.chance(0.4) ? [agent.survey] : []), agent.goodbye] },
  ];
  if (scenario.escalation !== null) {
    const escalation: Beat[] = [
      { role: 'agent', say: [agent.escalate[scenario.escalation]] },
      { role: 'customer', say: [customer.escalated[endingMood]] },
    ];
    return scenario.escalation === 'manager' ? [...escalation, { role: 'agent', say: [agent.transfer] }] : [...escalation, ...closing];
  }
  const outcome: Beat[] = isResolved(scenario.toneArc)
    ? [
        { role: 'agent', say: [agent.recap[scenario.intent], agent.resolve[scenario.intent]], elaborate: agent.resolve[scenario.intent], limit: 3 },
        { role: 'customer', say: [customer.resolved], elaborate: customer.resolved, limit: 2 },
      ]
    : [
        { role: 'agent', say: [agent.cannotResolve], elaborate: agent.cannotResolve, limit: 2 },
        { role: 'customer', say: [customer.unresolved], elaborate: customer.unresolved, limit: 2 },
      ];
  return [...outcome, ...closing];
}
