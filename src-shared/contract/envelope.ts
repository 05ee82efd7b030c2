import { z } from 'zod';

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

export const issueSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
  /** A custom issue's own values, e.g. `{reason: 'inn_checksum'}`: the key the UI translates by. */
  params: z.record(z.string(), z.unknown()).optional(),
});
export type Issue = z.infer<typeof issueSchema>;

export const rpcErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** Values the translated message interpolates (e.g. which control points block a move). */
  params: z.record(z.string(), z.unknown()).optional(),
  issues: z.array(issueSchema).optional(),
});
export type RpcError = z.infer<typeof rpcErrorSchema>;

/**
 * Every result crosses every boundary as this envelope: Electron forwards only the `message`
 * of a thrown error, so errors are values, never exceptions, between processes.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: RpcError };

export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: rpcErrorSchema }),
]);
