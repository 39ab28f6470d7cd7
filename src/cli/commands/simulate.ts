import type { Command } from 'commander';
import { produceCalls } from '../../pipeline/produce-calls.js';
import { simulateCallStream } from '../../simulate/index.js';
import { createContext, type Context } from '../context.js';
import { positiveInt } from '../options.js';

export interface SimulateOptions {
  count: number;
  seed: number;
  agents: number;
}

export function simulate(ctx: Context, opts: SimulateOptions): Promise<number> {
  const calls = simulateCallStream({ count: opts.count, seed: opts.seed, agents: opts.agents, now: Date.now() });
  return produceCalls(ctx.kafka, ctx.codec, ctx.topics.completed, calls);
}

export function simulateCommand(program: Command): void {
  program
    .command('simulate')
    .description('produce N realistic synthetic calls (agents, verticals, languages, 5-minute calls with turn timings) to call.completed')
    .option('-n, --count <n>', 'calls to produce', positiveInt(10_000_000), 100)
    .option('--seed <n>', 'random seed: the same seed gives the same calls', positiveInt(2 ** 31), 1)
    .option('--agents <n>', 'number of agents', positiveInt(1000), 12)
    .action(async (opts: SimulateOptions) => {
      const ctx = createContext('callstream-simulate');
      const started = Date.now();
      const sent = await simulate(ctx, opts);
      console.log(`produced ${sent} calls to ${ctx.topics.completed} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
}
