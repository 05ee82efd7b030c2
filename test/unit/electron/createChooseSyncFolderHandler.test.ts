import { describe, expect, it, vi } from 'vitest';
import { createChooseSyncFolderHandler } from '../../../src-main/electron/createChooseSyncFolderHandler';

const schedule = {
  enabled: true,
  intervalSeconds: 60,
  hasPassphrase: false,
  encryptedWorkspace: false,
  folder: { path: '/home/anna/Sync', source: 'chosen', canChoose: true },
  deviceId: '0123456789abcdef',
  lastRun: null,
  waitingOut: 0,
  writtenSegments: 0,
  peers: [],
  files: [],
};

const page = { senderFrame: { url: 'app://voronka/index.html' } };

describe('createChooseSyncFolderHandler', () => {
  it('shows the dialog and hands the chosen folder to the worker, returning the status', async () => {
    const target = { setSyncFolder: vi.fn(async () => ({ ok: true as const, value: schedule })) };
    const handler = createChooseSyncFolderHandler(Promise.resolve(target), async () => '/home/anna/Sync');
    await expect(handler(page)).resolves.toEqual({ ok: true, value: schedule });
    expect(target.setSyncFolder).toHaveBeenCalledWith('/home/anna/Sync');
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const target = { setSyncFolder: vi.fn() };
    const handler = createChooseSyncFolderHandler(Promise.resolve(target), async () => null);
    await expect(handler(page)).resolves.toEqual({ ok: true, value: null });
    expect(target.setSyncFolder).not.toHaveBeenCalled();
  });

  it('refuses a frame that is not the app and never opens the dialog for it', async () => {
    const choose = vi.fn(async () => '/tmp');
    const target = { setSyncFolder: vi.fn() };
    const handler = createChooseSyncFolderHandler(Promise.resolve(target), choose);
    for (const event of [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: null }]) {
      await expect(handler(event)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(choose).not.toHaveBeenCalled();
    expect(target.setSyncFolder).not.toHaveBeenCalled();
  });

  it('passes the worker refusal on as it is', async () => {
    const refusal = { ok: false as const, error: { code: 'NOT_FOUND' as const, message: 'Not an existing folder' } };
    const handler = createChooseSyncFolderHandler(
      Promise.resolve({ setSyncFolder: async () => refusal }),
      async () => '/gone',
    );
    await expect(handler(page)).resolves.toEqual(refusal);
  });
});
