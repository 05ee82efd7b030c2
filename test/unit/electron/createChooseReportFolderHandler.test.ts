import { describe, expect, it, vi } from 'vitest';
import { createChooseReportFolderHandler } from '../../../src-main/electron/createChooseReportFolderHandler';

const schedule = {
  enabled: true,
  weekday: 1,
  time: '09:00',
  formats: ['pdf'],
  language: 'ru',
  ownerId: null,
  pipelineId: null,
  folder: { path: '/home/anna/Reports', source: 'chosen', canChoose: true },
  timeZone: 'Europe/Moscow',
  nextRunAt: 1,
  lastRun: null,
};

const page = { senderFrame: { url: 'app://voronka/index.html' } };

describe('createChooseReportFolderHandler', () => {
  it('shows the dialog and hands the chosen folder to the worker, returning the schedule', async () => {
    const target = { setReportFolder: vi.fn(async () => ({ ok: true as const, value: schedule })) };
    const handler = createChooseReportFolderHandler(Promise.resolve(target), async () => '/home/anna/Reports');
    await expect(handler(page)).resolves.toEqual({ ok: true, value: schedule });
    expect(target.setReportFolder).toHaveBeenCalledWith('/home/anna/Reports');
  });

  it('changes nothing when the dialog is cancelled', async () => {
    const target = { setReportFolder: vi.fn() };
    const handler = createChooseReportFolderHandler(Promise.resolve(target), async () => null);
    await expect(handler(page)).resolves.toEqual({ ok: true, value: null });
    expect(target.setReportFolder).not.toHaveBeenCalled();
  });

  it('refuses a frame that is not the app and never opens the dialog for it', async () => {
    const choose = vi.fn(async () => '/tmp');
    const target = { setReportFolder: vi.fn() };
    const handler = createChooseReportFolderHandler(Promise.resolve(target), choose);
    for (const event of [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: null }]) {
      await expect(handler(event)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(choose).not.toHaveBeenCalled();
    expect(target.setReportFolder).not.toHaveBeenCalled();
  });

  it('passes the worker refusal on as it is', async () => {
    const refusal = { ok: false as const, error: { code: 'NOT_FOUND' as const, message: 'Not an existing folder' } };
    const handler = createChooseReportFolderHandler(
      Promise.resolve({ setReportFolder: async () => refusal }),
      async () => '/gone',
    );
    await expect(handler(page)).resolves.toEqual(refusal);
  });
});
