import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * The generator's only source of randomness: a seeded xoroshiro128+ stream, so the same seed
 * always yields the same data. Never mix in Math.random or the wall clock.
 */
export type Random = {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max] (both included). */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A standard normal deviate (Box–Muller). */
  normal(): number;
  /** Log-normal with the given median and shape: right-skewed durations and amounts. */
  logNormal(median: number, sigma: number): number;
  /** Poisson-distributed count (Knuth; the means used here are small). */
  poisson(mean: number): number;
  /** Fills 16 bytes for a UUID's random part. */
  bytes16(): Uint8Array;
  /** An independent stream derived from this one, for a concern whose draw count may change. */
  fork(): Random;
};

const TWO_POW_32 = 0x1_0000_0000;

export const createRandom = (seed: number): Random => {
  const generator = xoroshiro128plus(seed | 0);
  const uint32 = (): number => generator.next() >>> 0;
  // 53 random bits, as pure-rand's uniformFloat64 does, without its per-call allocation.
  const float = (): number => ((uint32() >>> 5) * 0x400_0000 + (uint32() >>> 6)) / 0x20_0000_0000_0000;
  const random: Random = {
    float,
    int: (min, max) => min + Math.floor(float() * (max - min + 1)),
    chance: (probability) => float() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(float() * items.length)] as T;
    },
    normal() {
      const u = 1 - float();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * float());
    },
    logNormal: (median, sigma) => median * Math.exp(sigma * random.normal()),
    poisson(mean) {
      if (mean <= 0) return 0;
      if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.normal()));
      const limit = Math.exp(-mean);
      let count = 0;
      let product = float();
      while (product > limit) {
        count += 1;
        product *= float();
      }
      return count;
    },
    bytes16() {
      const bytes = new Uint8Array(16);
      for (let offset = 0; offset < 16; offset += 4) {
        const word = uint32();
        bytes[offset] = word & 0xff;
        bytes[offset + 1] = (word >>> 8) & 0xff;
        bytes[offset + 2] = (word >>> 16) & 0xff;
        bytes[offset + 3] = (word >>> 24) & 0xff;
      }
      return bytes;
    },
    fork: () => createRandom((uint32() ^ Math.floor(float() * TWO_POW_32)) | 0),
  };
  return random;
};
