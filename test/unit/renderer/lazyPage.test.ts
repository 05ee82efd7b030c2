import { describe, expect, it, vi } from 'vitest';
import { lazyPage } from '../../../src-renderer/ui/lazyPage';

const flush = () => new Promise((done) => setTimeout(done, 0));

describe('lazyPage', () => {
  it('downloads a page once however often it is preloaded', async () => {
    const load = vi.fn(() => Promise.resolve({ Page: () => null }));
    const page = lazyPage(load, 'Page');
    expect(load).not.toHaveBeenCalled();
    page.preload();
    page.preload();
    await flush();
    page.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed download, so the next visit fetches again', async () => {
    const load = vi
      .fn<() => Promise<{ Page: () => null }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ Page: () => null });
    const page = lazyPage(load, 'Page');
    page.preload();
    await flush();
    page.preload();
    await flush();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
