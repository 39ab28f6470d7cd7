import { Argument, type Command } from 'commander';
import { rewindGroup } from '../../pipeline/replay.js';
import { createContext } from '../context.js';

export function replayCommand(program: Command): void {
  program
    .command('replay')
    .description('rewind the analyzer group (re-analyze every call) or the sink group (re-read all analytics); stop its processes first')
    .addArgument(new Argument('<group>', 'which consumer group').choices(['analyzer', 'sink']))
    .action(async (group: 'analyzer' | 'sink') => {
      const ctx = createContext('callstream-replay');
      const [groupId, topic] = group === 'analyzer'
        ? [ctx.env.CALLSTREAM_ANALYZER_GROUP, ctx.topics.completed]
        : [ctx.env.CALLSTREAM_SINK_GROUP, ctx.topics.analytics];
      await rewindGroup(ctx.kafka, groupId, topic);
      console.log(`${groupId} rewound to the start of ${topic}; its next run re-reads it`);
    });
}
