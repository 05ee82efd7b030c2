import type { ConflictReason } from '@shared/contract/conflictReasons';
import { DomainError } from './DomainError';

/** A CONFLICT whose reason the UI can explain; `message` is the English text for logs and the CLI. */
export const conflictError = (reason: ConflictReason, message: string, params: Record<string, unknown> = {}) =>
  new DomainError('CONFLICT', message, { ...params, reason });
