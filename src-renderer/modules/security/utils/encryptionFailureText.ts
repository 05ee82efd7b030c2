import { RpcFailure } from '@shared/contract/createClient';
import type { Translate } from '@shared/i18n/Translate';
import { describeError } from '../../../ui/toasts/describeError';

const REASONS = new Set([
  'key_rejected',
  'key_required',
  'keychain_unavailable',
  'sample_open',
  'not_encrypted',
  'busy',
  'cipher_unavailable',
]);

/** Why the host refused an encryption request, in words: its reason when known, else the error's text. */
export const encryptionFailureText = (error: unknown, t: Translate): string => {
  const reason = error instanceof RpcFailure ? error.error.params?.reason : undefined;
  if (typeof reason === 'string' && REASONS.has(reason)) return t(`security.reasons.${reason}`);
  return describeError(error, t).message;
};
