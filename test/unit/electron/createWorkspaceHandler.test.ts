import type { WorkspaceStatus } from '@shared/contract/workspaceSwitch';
import { describe, expect, it, vi } from 'vitest';
import { createWorkspaceHandler } from '../../../src-main/electron/createWorkspaceHandler';

const status: WorkspaceStatus = {
  open: 'sample',
  language: 'ru',
  samples: ['ru'],
  encrypted: false,
  locked: false,
  keeping: null,
  keychain: null,
};

describe('createWorkspaceHandler (voronka:workspace)', () => {
  it("hands the app page's request to the switch and answers with its envelope", async () => {
    const workspace = vi.fn(async () => ({ ok: true as const, value: status }));
    const handle = createWorkspaceHandler(Promise.resolve({ workspace }));
    const request = { action: 'openSample', language: 'ru' };
    await expect(handle({ senderFrame: { url: 'app://voronka/index.html' } }, request)).resolves.toEqual({
      ok: true,
      value: status,
    });
    expect(workspace).toHaveBeenCalledWith(request);
  });

  it('refuses any other sender without touching the workspace', async () => {
    const workspace = vi.fn();
    const handle = createWorkspaceHandler(Promise.resolve({ workspace }));
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/x.html' }, null]) {
      await expect(handle({ senderFrame }, { action: 'openOwn' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(workspace).not.toHaveBeenCalled();
  });

  it('a backend that failed to start is a TRANSPORT envelope, not a rejection', async () => {
    const failed = Promise.reject(new Error('no worker'));
    failed.catch(() => undefined);
    const handle = createWorkspaceHandler(failed);
    await expect(handle({ senderFrame: { url: 'app://voronka/' } }, { action: 'status' })).resolves.toEqual({
      ok: false,
      error: { code: 'TRANSPORT', message: 'no worker' },
    });
  });
});
