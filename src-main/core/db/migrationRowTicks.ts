import type BetterSqlite3 from 'better-sqlite3';

/**
 * Per connection, what to call for each row the running migration converts. A conversion is one
 * long SQL statement (m0072's INSERT … SELECT): the SQL function it calls per row (`change_pack`)
 * ticks here, which is the only way to see its progress from outside. Set by migrateDatabase
 * for the length of one migration; absent otherwise (the seed's bulk writer calls it too).
 */
export const migrationRowTicks = new WeakMap<BetterSqlite3.Database, () => void>();
