import type { BackupProblem } from '@shared/contract/schemas/backup';
import { DomainError } from '../DomainError';

/** A file that cannot be a backup or be restored: BAD_INPUT with the reason the UI translates. */
export const backupFailure = (reason: BackupProblem, message: string, params: Record<string, unknown> = {}) =>
  new DomainError('BAD_INPUT', message, { reason, ...params });
