import { z } from 'zod';
import { ERROR_CODES } from './errorCodes';

export { ERROR_CODES, type ErrorCode } from './errorCodes';

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
