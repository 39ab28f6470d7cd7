type Write = (rows: readonly object[], dedupToken: string) => Promise<void>;

interface Waiting {
  rows: readonly object[];
  dedupToken: string;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit for the sink's partition batches. While one insert is in flight, the batches handed
 * in meanwhile wait, and then go together as one insert whose deduplication token joins theirs.
 * Each insert writes the changes table and all its views, so under load this turns one insert per
 * partition batch into one per round; on an idle pipeline a batch goes at once. A batch's promise
 * settles with the insert that carried it, so its offsets are committed only after its rows landed.
 */
export function groupInsert(write: Write): Write {
  let waiting: Waiting[] = [];
  let draining = false;

  async function drain(): Promise<void> {
    draining = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        await write(group.flatMap((w) => w.rows), group.map((w) => w.dedupToken).join(','));
        for (const w of group) w.resolve();
      } catch (error) {
        for (const w of group) w.reject(error);
      }
    }
    draining = false;
  }

  return (rows, dedupToken) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ rows, dedupToken, resolve, reject });
      if (!draining) void drain();
    });
}
