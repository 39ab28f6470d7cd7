/**
 * The pure stages on their own, in this process, on ~5-minute simulated calls: how many calls per
 * second the generator, the redaction and the local analyzer each handle (median of 5 rounds).
 */
import { LocalAnalyzer } from '../src/analysis/local/local-analyzer.js';
import type { CallCompleted } from '../src/contracts/call-completed.js';
import { analyzeCall } from '../src/pipeline/analyze-call.js';
import { prepareCall } from '../src/pipeline/prepare-call.js';
import { simulateCalls } from '../src/simulate/index.js';

const ROUNDS = 5;

async function callsPerSecond(calls: number, run: () => unknown): Promise<number> {
  const rates: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await run();
    rates.push(calls / ((performance.now() - started) / 1000));
  }
  return Math.round(rates.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!);
}

export async function measureStages(count: number): Promise<Array<Record<string, string | number>>> {
  const calls: CallCompleted[] = simulateCalls({ count, seed: 1, now: Date.now() });
  const analyzer = new LocalAnalyzer();
  const prepared = calls.map((c) => prepareCall(c).call);
  const minutes = calls.reduce((n, c) => n + (c.endedAt - c.startedAt), 0) / calls.length / 60_000;
  const rows = [
    { stage: 'simulate', 'calls/s': await callsPerSecond(count, () => simulateCalls({ count, seed: 1, now: Date.now() })) },
    { stage: 'redact + condense', 'calls/s': await callsPerSecond(count, () => calls.map((c) => prepareCall(c))) },
    { stage: 'local analyzer alone (on calls redacted beforehand)', 'calls/s': await callsPerSecond(count, async () => { for (const c of prepared) await analyzer.analyze(c); }) },
    { stage: 'whole analysis step (validate, redact, analyze, metrics, validate)', 'calls/s': await callsPerSecond(count, async () => { for (const c of calls) await analyzeCall(c, analyzer); }) },
  ];
  return rows.map((r) => ({ ...r, 'mean call minutes': +minutes.toFixed(1) }));
}
