/** A deterministic source of randomness: the same seed always yields the same sequence. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform unsigned 32-bit integer. */
  uint32(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item drawn with probability proportional to its weight; items weighing 0 are never drawn. */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast and good enough for test data; not for anything secret. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => uint32() / 2 ** 32;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  };

  return {
    next,
    uint32,
    between: (min, max) => min + next() * (max - min),
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted<T>(items: readonly T[], weightOf: (item: T) => number): T {
      const weights = items.map(weightOf);
      let remaining = next() * weights.reduce((sum, weight) => sum + weight, 0);
      let lastWithWeight: T | undefined;
      for (const [index, item] of items.entries()) {
        const weight = weights[index] ?? 0;
        if (weight <= 0) continue;
        lastWithWeight = item;
        remaining -= weight;
        if (remaining < 0) return item;
      }
      // Rounding can leave a sliver of weight after the last item: it belongs to the last item that has weight.
      if (lastWithWeight === undefined) throw new RangeError('cannot draw from weights that are all 0');
      return lastWithWeight;
    },
    shuffle: (items) => items.map((item) => ({ item, key: next() })).sort((a, b) => a.key - b.key).map(({ item }) => item),
  };
}

/** murmur3's 32-bit finalizer: a bijection that spreads every input bit over the whole output. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 32-bit seed from any integer, so that seeds differing only above bit 32 still differ. */
export function runSeed(seed: number): number {
  return mix32(mix32(Math.floor(seed / 2 ** 32)) ^ (seed >>> 0));
}

const GOLDEN_GAMMA = 0x9e3779b9;

/**
 * The seed of stream `index` of a run. Adding an odd multiple of the index and mixing are both bijections,
 * so two indexes below 2^32 never share a seed.
 */
export function streamSeed(run: number, index: number): number {
  return mix32(run + Math.imul(index, GOLDEN_GAMMA));
}
