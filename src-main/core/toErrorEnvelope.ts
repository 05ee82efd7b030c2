import type { ConflictReason } from '@shared/contract/conflictReasons';
import type { Envelope } from '@shared/contract/envelope';
import { ZodError } from 'zod';
import { DomainError } from './DomainError';
import { zodIssues } from './zodIssues';

const isSqliteError = (error: unknown): error is Error & { code: string } =>
  error instanceof Error && error.name === 'SqliteError' && typeof (error as { code?: unknown }).code === 'string';

const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX']);

/** Turns anything thrown by a handler into the error envelope. */
export const toErrorEnvelope = (error: unknown): Envelope<never> => {
  if (error instanceof DomainError) {
    return {
      ok: false,
      error: { code: error.code, message: error.message, ...(error.params ? { params: error.params } : {}) },
    };
  }
  if (error instanceof ZodError) {
    return { ok: false, error: { code: 'BAD_INPUT', message: 'Invalid input', issues: zodIssues(error) } };
  }
  if (isSqliteError(error) && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return {
      ok: false,
      error: { code: 'BAD_INPUT', message: 'A linked record does not exist', params: { reason: 'missing_reference' } },
    };
  }
  if (isSqliteError(error) && error.code === 'SQLITE_BUSY') {
    return {
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'The database is busy; try again',
        params: { reason: 'busy' satisfies ConflictReason },
      },
    };
  }
  if (isSqliteError(error) && error.code === 'SQLITE_FULL') {
    // The transaction was rolled back whole; the app carries on and the same call succeeds once
    // there is room again.
    return { ok: false, error: { code: 'DISK_FULL', message: 'The disk is full; the change was not saved' } };
  }
  if (isSqliteError(error) && DAMAGE_CODES.has(error.code)) {
    return {
      ok: false,
      error: {
        code: 'DB_DAMAGED',
        message: `The database file is damaged: ${error.message}`,
        params: { reason: 'damaged' },
      },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'INTERNAL', message } };
};
