import type { Envelope } from '@shared/contract/envelope';
import type { WorkspaceStatus } from '@shared/contract/workspaceSwitch';
import type { RpcSenderEvent } from './createRpcHandler';
import { isTrustedSender } from './isTrustedSender';
import { senderUrl } from './senderUrl';

/** What the handler needs of the switchable backend (see createWorkspaceSwitch). */
export type WorkspaceTarget = { workspace(request: unknown): Promise<Envelope<WorkspaceStatus>> };

const failure = (code: 'FORBIDDEN' | 'TRANSPORT', message: string): Envelope<WorkspaceStatus> => ({
  ok: false,
  error: { code, message },
});

/**
 * The `voronka:workspace` handler: the app's own pages only may open the sample workspace or go
 * back. The request names a language at most, never a file (the switch validates it); the page
 * reloads itself on the answer.
 */
export const createWorkspaceHandler =
  (target: Promise<WorkspaceTarget>) =>
  async (event: RpcSenderEvent, request: unknown): Promise<Envelope<WorkspaceStatus>> => {
    if (!isTrustedSender(senderUrl(event))) return failure('FORBIDDEN', 'This page may not call Voronka.');
    try {
      return await (await target).workspace(request);
    } catch (error) {
      return failure('TRANSPORT', error instanceof Error ? error.message : String(error));
    }
  };
