/** The codes an error envelope carries; its own module (no zod), so the renderer's transport reads it at start-up. */
export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'BAD_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'GATE_BLOCKED',
  'LOSS_REASON_REQUIRED',
  /** A stage with open deals cannot be archived until they go elsewhere (params: openDeals). */
  'STAGE_NOT_EMPTY',
  'FORBIDDEN',
  'CANCELLED',
  /** The disk (or the database's size limit) is full: the write was rolled back, nothing else changed. */
  'DISK_FULL',
  /** The database file is damaged and was not opened (params.reason: a DATABASE_DAMAGE). */
  'DB_DAMAGED',
  /** The database is encrypted and the key is missing or wrong, or this SQLite cannot encrypt (params.reason: an ENCRYPTION_REFUSAL). */
  'DB_ENCRYPTED',
  'TRANSPORT',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
