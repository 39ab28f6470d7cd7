import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * pino JSON on stderr (stdout is for command output). Records carry ids and counts only: callers
 * never log transcript text, numbers or other PII, and test/unit/logging.test.ts holds them to it.
 */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, base: { service: 'callstream' } }, destination);
}
