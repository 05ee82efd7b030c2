import type { WorkspaceRequest, WorkspaceStatus } from '@shared/contract/workspaceSwitch';
import { useCallback, useEffect, useState } from 'react';
import { switchWorkspace } from '../../sample/utils/switchWorkspace';

export type EncryptionWork = 'encrypting' | 'changing' | 'decrypting';

/**
 * The own workspace's encryption as the host reports it, and the requests that change it. The host
 * does the work (closes the file, rewrites a checked copy, reopens it); `working` says which while
 * it runs. `run` resolves to the new status or rejects with the host's refusal.
 */
export const useEncryption = () => {
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [working, setWorking] = useState<EncryptionWork | null>(null);

  useEffect(() => {
    let live = true;
    switchWorkspace({ action: 'status' }).then(
      (answer) => live && setStatus(answer),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const run = useCallback(async (work: EncryptionWork, request: WorkspaceRequest): Promise<WorkspaceStatus> => {
    setWorking(work);
    try {
      const answer = await switchWorkspace(request);
      setStatus(answer);
      return answer;
    } finally {
      setWorking(null);
    }
  }, []);

  return { status, working, run };
};
