import { RpcFailure } from '@shared/contract/createClient';
import type { Envelope } from '@shared/contract/envelope';
import { HOST_SESSION } from '@shared/contract/hostSession';
import {
  WORKSPACE_SWITCH,
  type WorkspaceRequest,
  type WorkspaceStatus,
  workspaceStatusSchema,
} from '@shared/contract/workspaceSwitch';
import { desktopBridge } from '../../../platform/desktopBridge';

const pageToken = (): string => document.querySelector('meta[name="voronka-token"]')?.getAttribute('content') ?? '';

const postToHost = async (request: WorkspaceRequest, token: string): Promise<{ status: number; body: unknown }> => {
  const response = await fetch(WORKSPACE_SWITCH.path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Voronka-Token': token },
    body: JSON.stringify(request),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
};

/** The browser shell: `POST /workspace` with the page's token, or the new one if the host restarted. */
const askHttpHost = async (request: WorkspaceRequest): Promise<Envelope<unknown>> => {
  let answer = await postToHost(request, pageToken());
  if (answer.status === 403) {
    const session = await fetch(HOST_SESSION.path, { headers: { [HOST_SESSION.header]: '1' }, cache: 'no-store' });
    const { token } = (await session.json()) as { token?: string };
    if (token) answer = await postToHost(request, token);
  }
  return answer.body as Envelope<unknown>;
};

/**
 * Asks the host — main over `voronka:workspace` in the desktop app, the HTTP host in the browser —
 * to open the sample workspace, go back, or say which is open. The page names a language, never a
 * file. Resolves to the status after; a refusal rejects as an RpcFailure.
 */
export const switchWorkspace = async (request: WorkspaceRequest): Promise<WorkspaceStatus> => {
  const bridge = desktopBridge();
  const envelope = bridge ? await bridge.workspace(request) : await askHttpHost(request);
  if (!envelope?.ok) {
    throw new RpcFailure(envelope?.error ?? { code: 'TRANSPORT', message: 'The host gave no answer' });
  }
  return workspaceStatusSchema.parse(envelope.value);
};
