import type { Turn } from '../contracts/call-completed.js';
import type { Random } from './random.js';
import type { Role, ScriptLine } from './script.js';

const shortestTurnMs = 350;
const shortestPauseMs = 200;
const longestPauseMs = 2000;

/** What the pauses between turns average, for planning how much of a call is talk. */
export const meanPauseMs = (shortestPauseMs + longestPauseMs) / 2;

/**
 * Start and end of every line, from the speakers' words per second: a pause of 0.2–2 s before a turn,
 * an interruption cutting into the end of the turn before it, a backchannel somewhere in its middle.
 * Turns keep the script's order by start time, and no party ever talks over themselves.
 */
export function timeTurns(
  script: readonly ScriptLine[],
  wordsPerSecond: Readonly<Record<Role, number>>,
  firstStartMs: number,
  random: Random,
): Turn[] {
  const turns: Turn[] = [];
  // The turn that ends last so far: the one a new turn follows, interrupts or murmurs over.
  let floor: Turn | undefined;
  const lastEndOf: Record<Role, number> = { agent: 0, customer: 0 };
  for (const line of script) {
    const previous = turns.at(-1);
    const planned = floor === undefined ? firstStartMs : plannedStartMs(line, floor, random);
    const startMs = Math.max(planned, previous?.startMs ?? 0, lastEndOf[line.role]);
    const spokenMs = (line.words / wordsPerSecond[line.role]) * 1000 * random.between(0.9, 1.15);
    const turn: Turn = { role: line.role, text: line.text, startMs, endMs: startMs + Math.max(shortestTurnMs, Math.round(spokenMs)) };
    turns.push(turn);
    lastEndOf[line.role] = turn.endMs;
    if (floor === undefined || turn.endMs > floor.endMs) floor = turn;
  }
  return turns;
}

function plannedStartMs(line: ScriptLine, floor: Turn, random: Random): number {
  const floorMs = floor.endMs - floor.startMs;
  // Nobody interrupts or murmurs over themselves: after their own turn, a speaker just goes on after a pause.
  switch (floor.role === line.role ? 'turn' : line.delivery) {
    case 'turn':
      return floor.endMs + Math.round(random.between(shortestPauseMs, longestPauseMs));
    case 'interruption':
      return floor.endMs - Math.round(Math.min(random.between(300, 1500), floorMs / 2));
    case 'backchannel':
      return floor.startMs + Math.round(floorMs * random.between(0.3, 0.7));
  }
}
