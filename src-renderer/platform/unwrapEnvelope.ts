import { RpcFailure } from '@shared/contract/createClient';
import type { Envelope } from '@shared/contract/envelope';

/** A bridge call's value, or its refusal thrown as the same RpcFailure a contract call throws. */
export const unwrapEnvelope = <T>(envelope: Envelope<T>): T => {
  if (!envelope.ok) throw new RpcFailure(envelope.error);
  return envelope.value;
};
