import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '@shared/contract/envelope';
import { createSaveReportHandler } from '../../../src-main/electron/createSaveReportHandler';

const page = { senderFrame: { url: 'app://voronka/index.html' } };
const request = { period: { kind: 'week', week: '2026-W48' }, format: 'xlsx', language: 'en' };
const rendered: Envelope<unknown> = {
  ok: true,
  value: {
    fileName: 'voronka-report-2026-W48.xlsx',
    mimeType: 'x',
    base64: Buffer.from('PK').toString('base64'),
    bytes: 2,
  },
};

const setup = (result: Envelope<unknown>, write = vi.fn()) => {
  const dispatch = vi.fn(async () => result);
  const choosePath = vi.fn(async () => '/home/anna/Documents/report.xlsx');
  return {
    handle: createSaveReportHandler(Promise.resolve({ dispatch }), { choosePath, write }),
    dispatch,
    choosePath,
    write,
  };
};

describe('voronka:save-report handler', () => {
  it('offers the rendered file name in the dialog and returns only the chosen name, not the folder', async () => {
    const { handle, choosePath, write } = setup(rendered);
    await expect(handle(page, request)).resolves.toEqual({ ok: true, value: { saved: true, fileName: 'report.xlsx' } });
    expect(choosePath).toHaveBeenCalledWith('voronka-report-2026-W48.xlsx');
    expect(write).toHaveBeenCalledWith('/home/anna/Documents/report.xlsx', Buffer.from('PK'));
  });

  it('saves a sync bundle the same way: the worker makes it, main writes it where the user picks', async () => {
    const bundle: Envelope<unknown> = {
      ok: true,
      value: {
        fileName: 'voronka-sync-8e42e1e0-2026-12-05-115427.vsync',
        mimeType: 'application/octet-stream',
        base64: Buffer.from('VORONKA-SYNC').toString('base64'),
        bytes: 12,
        messageCount: 3,
      },
    };
    const dispatch = vi.fn(async () => bundle);
    const write = vi.fn();
    const choosePath = vi.fn(async () => '/media/usb/for-anna.vsync');
    const handle = createSaveReportHandler(Promise.resolve({ dispatch }), { choosePath, write }, 'sync.exportBundle');
    const input = { scope: { kind: 'all' } };
    await expect(handle(page, input)).resolves.toEqual({
      ok: true,
      value: { saved: true, fileName: 'for-anna.vsync' },
    });
    expect(dispatch).toHaveBeenCalledWith('sync.exportBundle', input);
    expect(choosePath).toHaveBeenCalledWith('voronka-sync-8e42e1e0-2026-12-05-115427.vsync');
    expect(write).toHaveBeenCalledWith('/media/usb/for-anna.vsync', Buffer.from('VORONKA-SYNC'));
  });

  it('passes the worker refusal on (bad input) and never opens a dialog', async () => {
    const refusal: Envelope<unknown> = { ok: false, error: { code: 'BAD_INPUT', message: 'Invalid input' } };
    const { handle, choosePath } = setup(refusal);
    await expect(handle(page, { format: '../../etc/passwd' })).resolves.toEqual(refusal);
    expect(choosePath).not.toHaveBeenCalled();
  });

  it('says the file could not be written (disk full, no rights) instead of throwing', async () => {
    const write = vi.fn(() => {
      throw new Error('ENOSPC: no space left on device');
    });
    const { handle } = setup(rendered, write);
    await expect(handle(page, request)).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'ENOSPC: no space left on device' },
    });
  });
});
