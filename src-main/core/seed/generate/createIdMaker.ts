import { v7 as uuidv7 } from 'uuid';
import type { Random } from './createRandom';

/**
 * UUIDv7 ids that are reproducible: the time part is the record's own creation time and the
 * random part comes from the seeded stream, so the same seed gives the same ids.
 */
export const createIdMaker =
  (random: Random) =>
  (msecs: number): string =>
    uuidv7({ msecs, random: random.bytes16() });
