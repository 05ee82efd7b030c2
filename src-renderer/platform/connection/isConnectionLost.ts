import { RpcFailure } from '@shared/contract/createClient';
import type { Envelope } from '@shared/contract/envelope';
import { transportFailureReason } from './transportFailureReason';

/**
 * Whether a failed call (a thrown RpcFailure or an error envelope) means the core cannot be reached
 * right now: the offline banner covers it, so a failed load does not also raise a toast.
 */
export const isConnectionLost = (failure: unknown): boolean => {
  const error =
    failure instanceof RpcFailure
      ? failure.error
      : typeof failure === 'object' && failure !== null && (failure as Envelope<unknown>).ok === false
        ? (failure as Extract<Envelope<unknown>, { ok: false }>).error
        : null;
  return error !== null && transportFailureReason(error) === 'unreachable';
};
