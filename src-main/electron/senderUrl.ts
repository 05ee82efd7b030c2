import type { RpcSenderEvent } from './createRpcHandler';

/** The calling frame's URL, or null when Electron throws because the frame was destroyed mid-call (untrusted). */
export const senderUrl = (event: RpcSenderEvent): string | null => {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    return null;
  }
};
