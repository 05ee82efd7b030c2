import { afterEach, describe, expect, it, vi } from 'vitest';
import { RpcFailure } from '@shared/contract/createClient';
import type { ReportFile } from '@shared/contract/schemas/reports';
import { saveOrDownload } from '../../../src-renderer/platform/saveOrDownload';

const downloaded = vi.hoisted(() => [] as string[]);
vi.mock('../../../src-renderer/platform/downloadBase64', () => ({
  downloadBase64: (file: ReportFile) => downloaded.push(file.fileName),
}));

const FILE: ReportFile = { fileName: 'week.pdf', mimeType: 'application/pdf', base64: 'JVBERg==', bytes: 4 };

const withBridge = (saveReport: () => Promise<unknown>) =>
  vi.stubGlobal('window', { voronka: { saveReport } });

afterEach(() => {
  vi.unstubAllGlobals();
  downloaded.length = 0;
});

describe('saveOrDownload', () => {
  it('downloads the rendered file in the browser shell', async () => {
    vi.stubGlobal('window', {});
    const render = vi.fn(() => Promise.resolve(FILE));
    const outcome = await saveOrDownload((bridge) => bridge.saveReport({}), render);
    expect(outcome).toEqual({ how: 'downloaded', fileName: 'week.pdf', file: FILE });
    expect(downloaded).toEqual(['week.pdf']);
  });

  it('lets main save it in the desktop app, without rendering in the page', async () => {
    withBridge(() => Promise.resolve({ ok: true, value: { saved: true, fileName: 'week.pdf' } }));
    const render = vi.fn(() => Promise.resolve(FILE));
    const outcome = await saveOrDownload((bridge) => bridge.saveReport({}), render);
    expect(outcome).toEqual({ how: 'saved', fileName: 'week.pdf' });
    expect(render).not.toHaveBeenCalled();
    expect(downloaded).toEqual([]);
  });

  it('is null when the save dialog was cancelled', async () => {
    withBridge(() => Promise.resolve({ ok: true, value: { saved: false, fileName: null } }));
    expect(await saveOrDownload((bridge) => bridge.saveReport({}), () => Promise.resolve(FILE))).toBeNull();
  });

  it("throws main's refusal as an RpcFailure the page can translate", async () => {
    withBridge(() => Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'disk full' } }));
    const saving = saveOrDownload((bridge) => bridge.saveReport({}), () => Promise.resolve(FILE));
    await expect(saving).rejects.toBeInstanceOf(RpcFailure);
    await expect(saving).rejects.toMatchObject({ error: { code: 'INTERNAL' } });
  });
});
