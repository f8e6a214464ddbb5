/**
 * Seeded randomness: the same scenario and seed give the same data and the same seller answers,
 * every time, in every browser.
 */

/** A 32-bit hash of any strings (FNV-1a), to derive independent streams from one seed. */
export function hash32(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = `${String(part)}\u0001`;
    for (let i = 0; i < text.length; i += 1) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  digits(count: number): string;
};

/** mulberry32: small, fast and good enough for demo data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('Nothing to pick from');
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (probability) => next() < probability,
    digits: (count) => {
      let out = '';
      for (let i = 0; i < count; i += 1) out += String(Math.floor(next() * 10));
      return out;
    },
  };
}

/** One draw in [0, 1) from named parts, independent of any other draw. */
export function draw(...parts: ReadonlyArray<string | number>): number {
  return createRandom(hash32(...parts)).next();
}
