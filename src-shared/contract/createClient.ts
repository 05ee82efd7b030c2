import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { RpcError } from './envelope';
import type { PushEvent } from './pushEvents';
import type { Transport } from './transport';

/** A failed call: carries the envelope's error so the UI can translate it by code. */
export class RpcFailure extends Error {
  readonly error: RpcError;
  constructor(error: RpcError) {
    super(error.message);
    this.name = 'RpcFailure';
    this.error = error;
  }
}

/** Methods whose input may be left out entirely (every field optional). */
type InputArgs<M extends MethodName> =
  Record<string, never> extends MethodInput<M> ? [MethodInput<M>?] : [MethodInput<M>];

export type Client = {
  call<M extends MethodName>(method: M, ...input: InputArgs<M>): Promise<MethodOutput<M>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
};

export const createClient = (transport: Transport): Client => ({
  async call(method, ...args) {
    const envelope = await transport.call(method, args[0] ?? {});
    if (!envelope.ok) throw new RpcFailure(envelope.error);
    return envelope.value as never;
  },
  subscribe: (listener) => transport.subscribe(listener),
});
