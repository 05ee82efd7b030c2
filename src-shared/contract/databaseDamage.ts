/**
 * Why a database file was refused at start. The reason travels in `params.reason` of a
 * DB_DAMAGED error and names the message the shells show (`databaseDamage.<reason>`).
 * - not_a_database: the first bytes are not SQLite's header (garbage, another kind of file);
 * - truncated: the file is shorter than its own header says (a cut copy, a full disk);
 * - damaged: SQLite's check of the pages failed;
 * - foreign_wal: the write-ahead log beside it belongs to another database.
 */
export const DATABASE_DAMAGE = ['not_a_database', 'truncated', 'damaged', 'foreign_wal'] as const;
export type DatabaseDamage = (typeof DATABASE_DAMAGE)[number];

export const isDatabaseDamage = (value: unknown): value is DatabaseDamage =>
  (DATABASE_DAMAGE as readonly unknown[]).includes(value);
