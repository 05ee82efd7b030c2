import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
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

  it('renders a page already loaded at once, without suspending (no fallback, no reveal delay)', async () => {
    const pageOf = () =>
      lazyPage(() => Promise.resolve({ Page: ({ word }: { word: string }) => `page says ${word}` }), 'Page');
    const tree = (page: ReturnType<typeof pageOf>) =>
      createElement(Suspense, { fallback: 'loading' }, createElement(page, { word: 'hi' }));
    // Not loaded yet: the boundary shows its fallback while the chunk arrives.
    expect(renderToString(tree(pageOf()))).toContain('loading');
    // Loaded before its first render (the first screen's page, preloaded at start-up): no fallback.
    const preloaded = pageOf();
    preloaded.preload();
    await flush();
    const html = renderToString(tree(preloaded));
    expect(html).toContain('page says hi');
    expect(html).not.toContain('loading');
  });
});
