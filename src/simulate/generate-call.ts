import type { CallCompleted } from '../contracts/call-completed.js';
import type { Agent } from './agents.js';
import { drawDetails } from './details.js';
import { phraseBanks } from './phrases/index.js';
import { createRandom, streamSeed, type Random } from './random.js';
import { drawScenario, languages, verticals, type Scenario } from './scenario.js';
import { writeScript } from './script.js';
import { meanPauseMs, timeTurns } from './timing.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What every call of one simulation run shares. */
export interface RunSetting {
  /** The run's 32-bit seed; each call derives its own from it and its index. */
  seed: number;
  count: number;
  now: number;
  agents: readonly Agent[];
}

const campaigns = ['organic', 'google-ads', 'facebook-ads', 'referral', 'newsletter', 'radio-spot', 'spring-promo'] as const;

/**
 * Call `index` of a run. It depends only on the run's setting and the index, so calls can be made in any order,
 * one at a time. Calls end in index order, spread over the 24 hours before `now`.
 */
export function generateCall(setting: RunSetting, index: number): CallCompleted {
  const callSeed = streamSeed(setting.seed, index);
  const random = createRandom(callSeed);
  const callId = uuidOf(callSeed, random);
  const scenario = drawScenario(random.weighted(setting.agents, (agent) => agent.workload), random);
  const bank = phraseBanks[scenario.language];
  const details = drawDetails(scenario, bank, random);

  const wordsPerSecond = { agent: scenario.agent.wordsPerSecond, customer: random.between(1.8, 2.4) };
  const speakingMs = scenario.targetDurationMs - scenario.turnCount * meanPauseMs;
  const script = writeScript(scenario, bank, details.slots, speakingMs, wordsPerSecond, random);
  const turns = timeTurns(script, wordsPerSecond, Math.round(random.between(300, 1200)), random);

  const lastWordMs = turns.reduce((latest, turn) => Math.max(latest, turn.endMs), 0);
  const durationMs = lastWordMs + Math.round(random.between(300, 1500));
  const slotMs = DAY_MS / setting.count;
  const endedAt = Math.floor(setting.now - DAY_MS + (index + random.next()) * slotMs);
  return {
    callId,
    agentId: scenario.agent.id,
    vertical: scenario.vertical,
    language: scenario.language,
    startedAt: endedAt - durationMs,
    endedAt,
    fromNumber: `+1555${details.callerDigits}`,
    toNumber: businessLine(scenario, details.businessIndex),
    turns,
    metadata: { campaign: random.pick(campaigns), queue: `${scenario.vertical}.${scenario.language}` },
  };
}

/**
 * UUID-shaped (version 4, RFC 4122 variant). The first group is the call's own seed, which no other call of
 * the run shares, so ids never collide within a run.
 */
function uuidOf(callSeed: number, random: Random): string {
  const hex = [callSeed, random.uint32(), random.uint32(), random.uint32()].map((word) => word.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** One number per business, so calls to the same business share the number dialled. */
function businessLine(scenario: Scenario, businessIndex: number): string {
  return `+1555${verticals.indexOf(scenario.vertical)}${languages.indexOf(scenario.language)}${businessIndex}0100`;
}
