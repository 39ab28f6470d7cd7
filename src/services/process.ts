import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningProcess {
  pid: number;
  logFile: string;
}

export class ServiceError extends Error {
  constructor(message: string, readonly logFile?: string) {
    super(logFile ? `${message} (log: ${logFile})` : message);
    this.name = 'ServiceError';
  }
}

/** Starts a long-running service detached from this process, with stdout and stderr in logFile. */
export function startDetached(command: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string }): RunningProcess {
  const log = openSync(opts.logFile, 'a');
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  if (child.pid === undefined) throw new ServiceError(`could not start ${command}`, opts.logFile);
  child.unref();
  return { pid: child.pid, logFile: opts.logFile };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL if the process has not gone after graceMs. */
export async function stopProcess(pid: number, graceMs = 15_000): Promise<void> {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return;
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Polls probe until it returns true; fails early, naming the log, if the process dies first. */
export async function waitUntilReady(name: string, proc: RunningProcess, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(proc.pid)) throw new ServiceError(`${name} exited during start-up: ${lastLines(proc.logFile)}`, proc.logFile);
    if (await probe().catch(() => false)) return;
    await sleep(250);
  }
  throw new ServiceError(`${name} was not ready after ${Math.round(timeoutMs / 1000)} s`, proc.logFile);
}

function lastLines(file: string, n = 3): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-n).join(' | ').slice(0, 600);
  } catch {
    return '(no log)';
  }
}

/** Runs a command to completion, capturing output; throws with the tail of the output on failure. */
export function run(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (err) => reject(new ServiceError(`could not run ${command}: ${err.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolveRun(output);
      else reject(new ServiceError(`${command} ${args.join(' ')} exited with ${code}: ${output.trim().split('\n').slice(-5).join(' | ')}`));
    });
  });
}
