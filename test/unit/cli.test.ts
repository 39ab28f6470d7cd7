import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '../../src/config.js';

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['bin/callstream.js', ...args], {
    encoding: 'utf8',
    // No stack from .devstack: a runtime error must come from the missing services, not a running stack.
    env: { ...process.env, CALLSTREAM_DEVSTACK_DIR: '/nonexistent/callstream', KAFKA_BROKERS: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('callstream CLI', { timeout: 60_000 }, () => {
  it('prints help for every command and exits 0', () => {
    for (const command of ['services', 'migrate', 'simulate', 'analyzer', 'sink', 'run', 'query', 'replay', 'eval', 'demo']) {
      const r = cli([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toContain(`Usage: callstream ${command}`);
    }
  });

  it('exits 2 with the usage on a bad argument', () => {
    for (const args of [['query', 'nope'], ['simulate', '--count', 'many'], ['query', 'trends', '--since', 'yesterday'], ['query', 'agent-metrics', '--since', 'soon'], ['frobnicate'], ['services']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/error:/);
    }
  });

  it('exits 1 with one clear line on a runtime error, the stack only with --verbose', () => {
    const r = cli(['migrate']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('callstream: no Kafka: set KAFKA_BROKERS or run `callstream services start`');
    expect(cli(['--verbose', 'migrate']).stderr).toMatch(/\n\s+at /);
  });

  it('fails fast on a bad environment value, naming the variable', () => {
    expect(cli(['migrate'], { CALLSTREAM_PARTITIONS: 'lots' }).stderr).toContain('CALLSTREAM_PARTITIONS');
    expect(() => parseEnv({ KAFKA_BROKERS: 'localhost' })).toThrow(ConfigError);
    expect(() => parseEnv({ KAFKA_BROKERS: 'localhost' })).toThrow(/KAFKA_BROKERS/);
    expect(parseEnv({}).CALLSTREAM_PARTITIONS).toBe(6);
  });
});
