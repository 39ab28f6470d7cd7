import { describe, expect, it } from 'vitest';
import { groupInsert } from '../../src/pipeline/group-insert.js';

/** A write whose calls are recorded and finish only when the test says so. */
function heldWrite() {
  const calls: { rows: readonly object[]; dedupToken: string; finish(error?: Error): void }[] = [];
  const write = (rows: readonly object[], dedupToken: string) =>
    new Promise<void>((resolve, reject) => calls.push({ rows, dedupToken, finish: (error) => (error ? reject(error) : resolve()) }));
  return { calls, write };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('groupInsert', () => {
  it('writes a batch at once when nothing is in flight', async () => {
    const { calls, write } = heldWrite();
    const done = groupInsert(write)([{ id: 1 }], 't:0:0-4');
    await tick();
    expect(calls.map((c) => [c.rows, c.dedupToken])).toEqual([[[{ id: 1 }], 't:0:0-4']]);
    calls[0]!.finish();
    await expect(done).resolves.toBeUndefined();
  });

  it('sends the batches that arrive during an insert together, and settles each with the insert that carried it', async () => {
    const { calls, write } = heldWrite();
    const insert = groupInsert(write);
    const settled: string[] = [];
    const track = (name: string, p: Promise<void>) => p.then(() => settled.push(name));
    const first = track('a', insert([{ id: 1 }], 't:0:0-4'));
    await tick();
    const second = track('b', insert([{ id: 2 }], 't:1:0-2'));
    const third = track('c', insert([{ id: 3 }, { id: 4 }], 't:2:5-9'));
    await tick();
    expect(calls).toHaveLength(1);
    calls[0]!.finish();
    await first;
    expect(settled).toEqual(['a']);
    await tick();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.rows).toEqual([{ id: 2 }, { id: 3 }, { id: 4 }]);
    expect(calls[1]!.dedupToken).toBe('t:1:0-2,t:2:5-9');
    calls[1]!.finish();
    await Promise.all([second, third]);
    expect(settled).toEqual(['a', 'b', 'c']);
  });

  it('fails every batch of a failed insert, and goes on with the next ones', async () => {
    const { calls, write } = heldWrite();
    const insert = groupInsert(write);
    const first = insert([{ id: 1 }], 't:0:0-4');
    await tick();
    const second = insert([{ id: 2 }], 't:1:0-2');
    const third = insert([{ id: 3 }], 't:2:0-1');
    calls[0]!.finish();
    await first;
    await tick();
    calls[1]!.finish(new Error('warehouse down'));
    await expect(second).rejects.toThrow('warehouse down');
    await expect(third).rejects.toThrow('warehouse down');
    const fourth = insert([{ id: 4 }], 't:0:5-6');
    await tick();
    expect(calls).toHaveLength(3);
    expect(calls[2]!.dedupToken).toBe('t:0:5-6');
    calls[2]!.finish();
    await expect(fourth).resolves.toBeUndefined();
  });
});
