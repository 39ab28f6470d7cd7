import type { CallCompleted } from '../contracts/call-completed.js';
import { hireAgents } from './agents.js';
import { generateCall, type RunSetting } from './generate-call.js';
import { createRandom, runSeed, streamSeed } from './random.js';

export interface SimulationOptions {
  count: number;
  seed: number;
  /** Epoch ms; the calls end within the 24 hours before it. */
  now: number;
  /** Size of the team taking the calls; 12 unless given. */
  agents?: number;
}

/** The same options always give the same calls. */
export function simulateCalls(options: SimulationOptions): CallCompleted[] {
  return [...simulateCallStream(options)];
}

/** The calls of `simulateCalls`, one at a time, for runs too big to hold in memory. Checks the options at once. */
export function simulateCallStream(options: SimulationOptions): Generator<CallCompleted> {
  return callsOf(settingOf(options));
}

function* callsOf(setting: RunSetting): Generator<CallCompleted> {
  for (let index = 0; index < setting.count; index += 1) yield generateCall(setting, index);
}

function settingOf({ count, seed, now, agents = 12 }: SimulationOptions): RunSetting {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number from 0, got ${count}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  if (!Number.isSafeInteger(now)) throw new RangeError(`now must be epoch milliseconds, got ${now}`);
  if (!Number.isSafeInteger(agents) || agents < 1) throw new RangeError(`agents must be a whole number from 1, got ${agents}`);
  const run = runSeed(seed);
  // The team draws from a stream of its own, salted so that it does not follow any call's.
  const team = hireAgents(agents, createRandom(streamSeed(run ^ 0x7eab, 0)));
  return { seed: run, count, now, agents: team };
}
