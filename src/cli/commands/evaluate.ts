import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { createAnalyzer, type AnalyzerName } from '../../analysis/create-analyzer.js';
import { loadProfiles } from '../../analysis/profiles/index.js';
import { parseEnv } from '../../config.js';
import { asCall, loadDataset } from '../../evaluation/dataset.js';
import { renderReport } from '../../evaluation/render-report.js';
import { report, type Scored } from '../../evaluation/score.js';
import { splitOf, type Split } from '../../evaluation/split.js';
import { mapWithConcurrency } from '../../pipeline/concurrency.js';
import { prepareCall } from '../../pipeline/prepare-call.js';
import { positiveInt } from '../options.js';

interface EvalOptions {
  dataset: string;
  analyzer: AnalyzerName;
  report?: string;
  predictions?: string;
  concurrency: number;
  split?: Split;
}

export function evalCommand(program: Command): void {
  program
    .command('eval')
    .description('score an analyzer against a labelled data set (JSON Lines) and print accuracy per vertical and language')
    .requiredOption('--dataset <file>', 'labelled calls, one JSON object per line')
    .addOption(new Option('--analyzer <name>', 'which analyzer').choices(['local', 'llm']).default('local'))
    .option('--report <file>', 'write the JSON report here')
    .option('--predictions <file>', "write each call's full analysis here, one JSON per line")
    .option('--concurrency <n>', 'calls analyzed at once', positiveInt(256), 8)
    .addOption(new Option('--split <part>', 'only the tune or the test part (by a hash of the callId)').choices(['tune', 'test']))
    .action(async (opts: EvalOptions) => {
      const analyzer = createAnalyzer(opts.analyzer, parseEnv(), loadProfiles());
      const calls = loadDataset(opts.dataset).filter((c) => !opts.split || splitOf(c.callId) === opts.split);
      const started = Date.now();
      const results = await mapWithConcurrency(calls, opts.concurrency, async (call) => {
        try {
          return { call, predicted: await analyzer.analyze(prepareCall(asCall(call)).call) };
        } catch (error) {
          return { call, error: (error as Error).message };
        }
      });
      const seconds = (Date.now() - started) / 1000;
      const scored = results.filter((r): r is Scored => 'predicted' in r);
      const failed = results.length - scored.length;
      const r = report(scored);
      console.log(`${opts.analyzer} analyzer ${analyzer.version} on ${calls.length} calls from ${opts.dataset}${opts.split ? ` (${opts.split} part)` : ''}: ${seconds.toFixed(2)} s, ${failed} failed\n`);
      console.log(renderReport(r));
      if (opts.report) writeFileSync(opts.report, JSON.stringify({ dataset: opts.dataset, analyzer: analyzer.name, analyzerVersion: analyzer.version, calls: calls.length, failed, seconds, ...r }, null, 2));
      if (opts.predictions) writeFileSync(opts.predictions, results.map((x) => JSON.stringify({ callId: x.call.callId, labels: x.call.labels, ...('predicted' in x ? { predicted: x.predicted } : { error: x.error }) })).join('\n') + '\n');
    });
}
