import { isMethodName } from '@shared/contract/contract';
import type { Envelope } from '@shared/contract/envelope';
import { isTrustedSender } from './isTrustedSender';
import { senderUrl } from './senderUrl';

/** What the relay needs of the backend worker. */
export type RpcTarget = { dispatch(method: string, input: unknown): Promise<Envelope<unknown>> };

/** The part of IpcMainInvokeEvent the check reads. */
export type RpcSenderEvent = { readonly senderFrame: { readonly url: string } | null };

const failure = (code: 'FORBIDDEN' | 'UNKNOWN_METHOD' | 'TRANSPORT', message: string): Envelope<unknown> => ({
  ok: false,
  error: { code, message },
});

/**
 * The `ipcMain.handle('voronka:rpc', …)` handler: refuses senders that are not the app's own pages,
 * refuses method names that are not in the contract, and relays the rest to the worker once it is
 * up. Always resolves to an envelope, because Electron would forward only the message of a throw.
 */
export const createRpcHandler =
  (target: Promise<RpcTarget>) =>
  async (event: RpcSenderEvent, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(senderUrl(event))) return failure('FORBIDDEN', 'This page may not call Voronka.');
    if (typeof method !== 'string' || !isMethodName(method)) {
      return failure('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 100)}`);
    }
    try {
      return await (await target).dispatch(method, input);
    } catch (error) {
      return failure('TRANSPORT', error instanceof Error ? error.message : String(error));
    }
  };
