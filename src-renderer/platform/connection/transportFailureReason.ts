import type { RpcError } from '@shared/contract/envelope';
import type { TransportFailureReason } from '../transportFailure';

const REASONS: readonly TransportFailureReason[] = ['unreachable', 'bad_reply', 'session_expired'];

/**
 * The reason of a TRANSPORT error, or null for any other error. A TRANSPORT error without a known
 * reason (Electron main could not start the core) counts as unreachable: the core is not there.
 */
export const transportFailureReason = (error: RpcError): TransportFailureReason | null => {
  if (error.code !== 'TRANSPORT') return null;
  const reason = error.params?.reason;
  return REASONS.find((known) => known === reason) ?? 'unreachable';
};
