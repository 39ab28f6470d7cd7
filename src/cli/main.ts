import { Command, CommanderError } from 'commander';
import { demoCommand } from './commands/demo.js';
import { evalCommand } from './commands/evaluate.js';
import { migrateCommand } from './commands/migrate.js';
import { pipelineCommands } from './commands/pipeline.js';
import { queryCommand } from './commands/query.js';
import { replayCommand } from './commands/replay.js';
import { servicesCommand } from './commands/services.js';
import { simulateCommand } from './commands/simulate.js';

const EXIT_RUNTIME_ERROR = 1;
const EXIT_USAGE = 2;

function buildProgram(): Command {
  const program = new Command('callstream')
    .description('Post-call analytics as an event-sourced stream processor: call.completed → analysis → call.analytics → ClickHouse.')
    .option('--verbose', 'print stack traces on errors')
    .showHelpAfterError()
    // Inherited by every subcommand added below: usage errors come back here instead of exiting.
    .exitOverride();
  for (const add of [servicesCommand, migrateCommand, simulateCommand, pipelineCommands, queryCommand, replayCommand, evalCommand, demoCommand]) add(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    const err = error as Error;
    console.error(program.opts().verbose ? err.stack : `callstream: ${err.message}`);
    return EXIT_RUNTIME_ERROR;
  }
}

process.exitCode = await main(process.argv);
// Kafka and chDB handles may keep the event loop alive after a command has finished.
process.exit();
