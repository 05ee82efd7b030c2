/**
 * Bump when the generated data changes for the same seed: cached fixture databases are rebuilt.
 * Its own module, so what names a cached file does not load the generator (and faker) with it.
 */
export const SEED_GENERATOR_VERSION = 3;
