import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAlive } from '../services/process.js';

/**
 * libchdb lets one process own a data directory. The owner (a sink, or `run`) leaves a note beside
 * it with its pid and the URL where it answers queries, so `callstream query` asks it over HTTP
 * instead of opening the directory a second time.
 */
export interface ChdbOwner {
  pid: number;
  queryUrl: string | null;
}

const noteOf = (chdbPath: string) => `${chdbPath}.owner.json`;

export function currentOwner(chdbPath: string): ChdbOwner | null {
  const note = noteOf(chdbPath);
  if (!existsSync(note)) return null;
  const owner = JSON.parse(readFileSync(note, 'utf8')) as ChdbOwner;
  return isAlive(owner.pid) ? owner : null;
}

export class ChdbBusyError extends Error {
  override name = 'ChdbBusyError';
}

/** Claims the directory for this process, or throws naming the process that has it. */
export function claimChdb(chdbPath: string): { setQueryUrl(url: string): void; release(): void } {
  const owner = currentOwner(chdbPath);
  if (owner && owner.pid !== process.pid) {
    throw new ChdbBusyError(`the chDB data directory ${chdbPath} is in use by process ${owner.pid}; stop it, or query through it with \`callstream query\``);
  }
  const write = (queryUrl: string | null) => writeFileSync(noteOf(chdbPath), JSON.stringify({ pid: process.pid, queryUrl }));
  write(null);
  return { setQueryUrl: write, release: () => rmSync(noteOf(chdbPath), { force: true }) };
}
