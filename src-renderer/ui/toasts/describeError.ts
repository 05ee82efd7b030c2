import { isConflictReason } from '@shared/contract/conflictReasons';
import { RpcFailure } from '@shared/contract/createClient';
import type { Translate } from '@shared/i18n/Translate';

/**
 * A failed call as text for the user: the catalogue's message for its code, or for a conflict's
 * reason (with the error's params interpolated), plus the raw message as detail where it helps support (internal errors).
 */
export const describeError = (error: unknown, t: Translate): { message: string; detail?: string } => {
  if (error instanceof RpcFailure) {
    const { code, params, message } = error.error;
    const reason = params?.reason;
    // A conflict with a known reason says what happened; the generic text says "try again".
    const key = code === 'CONFLICT' && isConflictReason(reason) ? `conflictReasons.${reason}` : `errors.${code}`;
    const text = t(key, params ?? {});
    return code === 'INTERNAL' || code === 'TRANSPORT' ? { message: text, detail: message } : { message: text };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: t('errors.INTERNAL'), detail };
};
