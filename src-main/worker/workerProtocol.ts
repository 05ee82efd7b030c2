import { envelopeSchema, type Envelope, type ErrorCode, rpcErrorSchema } from '@shared/contract/envelope';
import { type PushEvent, pushEventSchema } from '@shared/contract/pushEvents';
import { z } from 'zod';
import type { MigrationProgress } from '../core/db/MigrationProgress';

/** Messages the host posts to the backend worker. */
export type HostMessage =
  | { type: 'call'; id: number; method: string; input: unknown }
  /** The desktop's folder dialog chose where scheduled reports go: main's word, never a page's (not a contract call). */
  | { type: 'reportFolder'; id: number; folder: string | null }
  /** Main stored a new SMTP password with the OS keychain: the backend sends with it from now on. */
  | { type: 'smtpPassword'; id: number; password: string | null }
  /** The desktop's folder dialog chose the shared sync folder: main's word, never a page's. */
  | { type: 'syncFolder'; id: number; folder: string | null }
  /** Main stored the team hub's password with the OS keychain: the hub syncs with it from now on. */
  | { type: 'hubPassword'; id: number; password: string | null }
  | { type: 'close' };

/** Messages the backend worker posts to the host. */
export type WorkerMessage =
  | { type: 'ready' }
  /** Before `ready`: how far the upgrade of the file is (a log conversion takes minutes). */
  | { type: 'opening'; progress: MigrationProgress }
  | { type: 'fatal'; error: { code: ErrorCode; message: string; params?: Record<string, unknown> } }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: PushEvent }
  | { type: 'closed' };

const requestIdSchema = z.number().int().nonnegative();

const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('call'), id: requestIdSchema, method: z.string(), input: z.unknown() }),
  z.object({ type: z.literal('reportFolder'), id: requestIdSchema, folder: z.string().min(1).max(4096).nullable() }),
  z.object({ type: z.literal('smtpPassword'), id: requestIdSchema, password: z.string().max(1000).nullable() }),
  z.object({ type: z.literal('syncFolder'), id: requestIdSchema, folder: z.string().min(1).max(4096).nullable() }),
  z.object({ type: z.literal('hubPassword'), id: requestIdSchema, password: z.string().max(1000).nullable() }),
  z.object({ type: z.literal('close') }),
]);

const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('opening'),
    progress: z.object({
      phase: z.enum(['backup', 'migrate', 'compact']),
      step: z.number().int().nonnegative(),
      steps: z.number().int().nonnegative(),
      name: z.string().nullable(),
      done: z.number().int().nonnegative().nullable(),
      total: z.number().int().nonnegative().nullable(),
    }),
  }),
  z.object({ type: z.literal('fatal'), error: rpcErrorSchema.pick({ code: true, message: true, params: true }) }),
  z.object({ type: z.literal('result'), id: requestIdSchema, envelope: envelopeSchema }),
  z.object({ type: z.literal('event'), event: pushEventSchema }),
  z.object({ type: z.literal('closed') }),
]);

/** A host message, or null when it is malformed (the worker must survive garbage). */
export const parseHostMessage = (value: unknown): HostMessage | null => {
  const parsed = hostMessageSchema.safeParse(value);
  return parsed.success ? (parsed.data as HostMessage) : null;
};

/**
 * The request id of a malformed message, when it carries one: the worker answers it with an
 * error instead of leaving the caller waiting.
 */
export const requestIdOf = (value: unknown): number | null => {
  if (typeof value !== 'object' || value === null) return null;
  const parsed = requestIdSchema.safeParse((value as { id?: unknown }).id);
  return parsed.success ? parsed.data : null;
};

/** A worker message, or null when it is malformed. */
export const parseWorkerMessage = (value: unknown): WorkerMessage | null => {
  const parsed = workerMessageSchema.safeParse(value);
  return parsed.success ? (parsed.data as WorkerMessage) : null;
};
