import type { Random } from './random.js';
import { languages, verticals, type Language, type Vertical } from './scenario.js';

export interface Agent {
  id: string;
  /** The first name the agent greets callers with. */
  name: string;
  homeVertical: Vertical;
  /** Relative share of the agent's calls in each language. */
  languages: Readonly<Record<Language, number>>;
  /** 0–1: how well the agent calms callers, solves problems and wins leads. */
  skill: number;
  wordsPerSecond: number;
  /** Relative share of all calls that reach this agent. */
  workload: number;
}

const agentNames = [
  'Dana', 'Marco', 'Sofia', 'Lukas', 'Camille', 'Joana', 'Giulia', 'Daan', 'Priya', 'Sam',
  'Elena', 'Tomás', 'Hannah', 'Julien', 'Inês', 'Noah', 'Chiara', 'Femke', 'Omar', 'Lea',
] as const;

const otherLanguages = languages.filter((language) => language !== 'en');

/**
 * A team whose skills are spread evenly from weak to strong, and whose home verticals and second languages
 * take turns, so that every vertical and language is served once the team is big enough.
 */
export function hireAgents(count: number, random: Random): Agent[] {
  const skills = random.shuffle(Array.from({ length: count }, (_, i) => 0.15 + (0.8 * i) / Math.max(1, count - 1)));
  const homeVerticals = random.shuffle(verticals);
  const secondLanguages = random.shuffle(otherLanguages);
  const names = random.shuffle(agentNames);
  const idDigits = Math.max(2, String(count).length);
  return skills.map((skill, i) => ({
    id: `agent-${String(i + 1).padStart(idDigits, '0')}`,
    name: itemOfCycle(names, i),
    homeVertical: itemOfCycle(homeVerticals, i),
    languages: languageMix(itemOfCycle(secondLanguages, i), random),
    skill,
    wordsPerSecond: random.between(2.0, 2.5),
    workload: random.between(0.6, 1.4),
  }));
}

/** English for about half of the calls, the rest mostly in the agent's second language. */
function languageMix(second: Language, random: Random): Record<Language, number> {
  const english = random.between(0.3, 0.7);
  const third = random.pick(otherLanguages.filter((language) => language !== second));
  const mix = Object.fromEntries(languages.map((language) => [language, 0])) as Record<Language, number>;
  return { ...mix, en: english, [second]: (1 - english) * 0.75, [third]: (1 - english) * 0.25 };
}

/** Item i of the list repeated end to end. */
function itemOfCycle<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new RangeError('cannot cycle through an empty list');
  return item;
}
