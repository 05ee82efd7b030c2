import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

/** A page whose code is its own chunk: rendered under Suspense, fetched early with `preload`. */
/** Any component, whatever its props: React's own `lazy` takes the same; props are checked where it renders. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React's `lazy` signature
type AnyComponent = ComponentType<any>;

export type LazyPage<Component extends AnyComponent = ComponentType> = LazyExoticComponent<Component> & {
  preload: () => void;
};

/**
 * Wraps a page module's named export as a lazily loaded component. `preload` starts the download
 * before the page renders (at start-up for the first screen, on hover in the sidebar) and the
 * render reuses that same download. A failed download is forgotten, so the next try fetches again.
 */
export const lazyPage = <Module extends Record<Name, AnyComponent>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
): LazyPage<Module[Name]> => {
  let pending: Promise<{ default: Module[Name] }> | null = null;
  const fetchPage = () =>
    (pending ??= load().then(
      (module) => ({ default: module[name] }),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  // A failed early fetch is not reported here: the render fetches again and its boundary says so.
  const preload = () => void fetchPage().catch(() => undefined);
  return Object.assign(lazy(fetchPage), { preload });
};
