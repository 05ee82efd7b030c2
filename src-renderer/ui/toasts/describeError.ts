import { isConflictReason } from '@shared/contract/conflictReasons';
import { RpcFailure } from '@shared/contract/createClient';
import type { Translate } from '@shared/i18n/Translate';
import { transportFailureReason } from '../../platform/connection/transportFailureReason';

/**
 * A failed call as text for the user: the catalogue's message for its code, for a conflict's reason
 * or for a transport failure's reason (with the error's params interpolated). Internal errors keep
 * the raw message as detail for support; a transport failure never does (its raw message is the
 * browser's or Electron's, e.g. "Failed to fetch", in neither of the user's languages).
 */
export const describeError = (error: unknown, t: Translate): { message: string; detail?: string } => {
  if (error instanceof RpcFailure) {
    const { code, params, message } = error.error;
    const transport = transportFailureReason(error.error);
    if (transport)
      return { message: t(`connection.failures.${transport}`), detail: t(`connection.advice.${transport}`) };
    const reason = params?.reason;
    // A conflict with a known reason says what happened; the generic text says "try again".
    const key = code === 'CONFLICT' && isConflictReason(reason) ? `conflictReasons.${reason}` : `errors.${code}`;
    const text = t(key, params ?? {});
    return code === 'INTERNAL' ? { message: text, detail: message } : { message: text };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: t('errors.INTERNAL'), detail };
};
