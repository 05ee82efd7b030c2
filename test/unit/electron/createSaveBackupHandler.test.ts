import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '@shared/contract/envelope';
import { createSaveBackupHandler } from '../../../src-main/electron/createSaveBackupHandler';

const page = { senderFrame: { url: 'app://voronka/index.html' } };
const NAME = 'voronka-2026-12-03T13-40-00-000Z-manual.sqlite';
const created: Envelope<unknown> = { ok: true, value: { name: NAME, kind: 'manual', createdAt: 1, bytes: 4096 } };

const setup = (result: Envelope<unknown>, path: string | null = '/home/anna/Documents/crm.sqlite') => {
  const dispatch = vi.fn(async () => result);
  const choosePath = vi.fn(async () => path);
  const copyBackup = vi.fn();
  return {
    handle: createSaveBackupHandler(Promise.resolve({ dispatch }), { choosePath, copyBackup }),
    dispatch,
    choosePath,
    copyBackup,
  };
};

describe('voronka:save-backup handler', () => {
  it('makes a fresh backup, offers its name and copies it where the user chose; returns only the file name', async () => {
    const { handle, dispatch, choosePath, copyBackup } = setup(created);
    await expect(handle(page)).resolves.toEqual({ ok: true, value: { saved: true, fileName: 'crm.sqlite' } });
    expect(dispatch).toHaveBeenCalledWith('backup.create', { kind: 'manual' });
    expect(choosePath).toHaveBeenCalledWith(NAME);
    expect(copyBackup).toHaveBeenCalledWith(NAME, '/home/anna/Documents/crm.sqlite');
  });

  it('copies nothing when the dialog is cancelled', async () => {
    const { handle, copyBackup } = setup(created, null);
    await expect(handle(page)).resolves.toEqual({ ok: true, value: { saved: false, fileName: null } });
    expect(copyBackup).not.toHaveBeenCalled();
  });

  it('passes a failed backup on and never opens a dialog; refuses a foreign page', async () => {
    const refusal: Envelope<unknown> = {
      ok: false,
      error: { code: 'BAD_INPUT', message: 'damaged', params: { reason: 'damaged' } },
    };
    const { handle, choosePath } = setup(refusal);
    await expect(handle(page)).resolves.toEqual(refusal);
    expect(choosePath).not.toHaveBeenCalled();
    const { handle: other, dispatch } = setup(created);
    await expect(other({ senderFrame: { url: 'https://evil.example/' } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
