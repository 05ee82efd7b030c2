import type { Faker } from '@faker-js/faker';
import type { SeedCatalog } from './catalog/SeedCatalog';
import type { Random } from './createRandom';
import type { WorkClock } from './createWorkClock';

/** What every part of the generator draws from: one catalog, seeded streams and the window. */
export type SeedContext = {
  catalog: SeedCatalog;
  faker: Faker;
  random: Random;
  /** Ids only, so that adding a draw elsewhere never shifts every id. */
  newId: (msecs: number) => string;
  clock: WorkClock;
  /** The history runs over [start, end); `end` is its "now". */
  start: number;
  end: number;
};
