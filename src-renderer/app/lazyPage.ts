import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/** A page whose code is its own chunk: rendered under Suspense, fetched early with `preload`. */
export type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => void };

/**
 * Wraps a page module's named export as a lazily loaded component. `preload` starts the download
 * before the page renders (at start-up for the first screen, on hover in the sidebar) and the
 * render reuses that same download. A failed download is forgotten, so the next try fetches again.
 */
export const lazyPage = <Module extends Record<string, unknown>>(
  load: () => Promise<Module>,
  name: keyof Module & string,
): LazyPage => {
  let pending: Promise<{ default: ComponentType }> | null = null;
  const fetchPage = () =>
    (pending ??= load().then(
      (module) => ({ default: module[name] as ComponentType }),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  // A failed early fetch is not reported here: the render fetches again and its boundary says so.
  const preload = () => void fetchPage().catch(() => undefined);
  return Object.assign(lazy(fetchPage), { preload });
};
