import { describe, expect, it, vi } from 'vitest';
import { damageDialogOptions } from '../../../src-main/electron/damageDialogOptions';
import { openWithRecovery, type RecoveryDeps } from '../../../src-main/electron/openWithRecovery';

const damaged = (reason: string) =>
  new Error('damaged', { cause: { code: 'DB_DAMAGED', message: 'x', params: { reason } } });
const notice = { title: 'T', body: 'B', offer: 'O' };

const deps = (overrides: Partial<RecoveryDeps<string>>): RecoveryDeps<string> => ({
  start: vi.fn(async (path: string) => `worker:${path}`),
  latestBackupAt: vi.fn(async () => 1),
  notice: vi.fn(() => notice),
  ask: vi.fn(async () => 'quit' as const),
  chooseFile: vi.fn(async () => null),
  restore: vi.fn(async () => undefined),
  ...overrides,
});

describe('openWithRecovery', () => {
  it('restore: moves on to the restored file at the same path', async () => {
    let restored = false;
    const given = deps({
      start: vi.fn(async (path: string) => (restored ? `worker:${path}` : Promise.reject(damaged('truncated')))),
      ask: vi.fn(async () => 'restore' as const),
      restore: vi.fn(async () => {
        restored = true;
      }),
    });
    expect(await openWithRecovery('/db', given)).toEqual({ worker: 'worker:/db', dbPath: '/db' });
    expect(given.notice).toHaveBeenCalledWith('truncated', '/db', 1);
    expect(given.ask).toHaveBeenCalledWith(notice, true);
  });

  it('without a backup the restore is not offered; a cancelled file dialog asks again', async () => {
    const answers = ['open_other', 'open_other'] as const;
    const given = deps({
      start: vi.fn(async (path: string) => (path === '/other' ? 'w' : Promise.reject(damaged('damaged')))),
      latestBackupAt: vi.fn(async () => null),
      ask: vi.fn(async () => answers[vi.mocked(given.ask).mock.calls.length - 1] ?? 'quit'),
      chooseFile: vi.fn().mockResolvedValueOnce(null).mockResolvedValueOnce('/other'),
    });
    expect(await openWithRecovery('/db', given)).toEqual({ worker: 'w', dbPath: '/other' });
    expect(given.ask).toHaveBeenCalledWith(notice, false);
    expect(given.ask).toHaveBeenCalledTimes(2);
  });

  it('quit resolves null; any other failure is not a damage and rejects as before', async () => {
    expect(await openWithRecovery('/db', deps({ start: () => Promise.reject(damaged('x')) }))).toBeNull();
    const other = new Error('newer', { cause: { code: 'CONFLICT', message: 'newer' } });
    await expect(openWithRecovery('/db', deps({ start: () => Promise.reject(other) }))).rejects.toBe(other);
  });

  it('the dialog: restore first and default when offered, quit on Esc', () => {
    const labels = { restore: 'R', openOther: 'O', quit: 'Q' };
    const withBackup = damageDialogOptions(notice, true, labels);
    expect(withBackup.options).toMatchObject({ buttons: ['R', 'O', 'Q'], defaultId: 0, cancelId: 2, detail: 'B\n\nO' });
    const without = damageDialogOptions(notice, false, labels);
    expect(without.options).toMatchObject({ buttons: ['O', 'Q'], cancelId: 1 });
    expect(without.choices).toEqual(['open_other', 'quit']);
  });
});
