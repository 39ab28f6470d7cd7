import { Argument, type Command } from 'commander';
import { defaultStackDir, readStack, stackStatus, startStack, stopStack } from '../../services/stack.js';
import { renderTable } from '../table.js';

export function servicesCommand(program: Command): void {
  program
    .command('services')
    .description('start, stop or show the local Kafka, schema registry and ClickHouse (env URLs win; then Docker; then local processes)')
    .addArgument(new Argument('<action>', 'what to do').choices(['start', 'stop', 'status']))
    .action(async (action: 'start' | 'stop' | 'status') => {
      const running = readStack();
      if (action === 'start') {
        if (running && (await stackStatus(running)).every((s) => s.up)) {
          console.log(`already running (${defaultStackDir}/stack.json)`);
        } else {
          // Containers started by this short-lived command must outlive it.
          process.env.TESTCONTAINERS_RYUK_DISABLED = 'true';
          await startStack();
        }
      }
      if (action === 'stop') {
        if (running) await stopStack(running);
        console.log(running ? 'stopped' : 'nothing was running');
        return;
      }
      const stack = readStack();
      if (!stack) return void console.log('not running: `callstream services start`');
      console.log(renderTable((await stackStatus(stack)).map((s) => ({ service: s.name, source: s.source, where: s.where, up: s.up ? 'yes' : 'NO' }))));
      for (const [name, service] of [['kafka', stack.kafka], ['registry', stack.registry]] as const) {
        if (service.logFile) console.log(`${name} log: ${service.logFile}`);
      }
    });
}
