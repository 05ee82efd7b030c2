import { type ComponentProps, type ComponentType, createElement, lazy, useState } from 'react';

/** Any component, whatever its props: React's own `lazy` takes the same; props are checked where it renders. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React's `lazy` signature
type AnyComponent = ComponentType<any>;

/** A page whose code is its own chunk: rendered under Suspense, fetched early with `preload`. */
export type LazyPage<Component extends AnyComponent = ComponentType> = ComponentType<ComponentProps<Component>> & {
  /** Starts the download; settles (never rejects) once the code is in or its download failed. */
  preload: () => Promise<void>;
  /** The code is in: the next instance renders without suspending. */
  isLoaded: () => boolean;
};

/**
 * Wraps a page module's named export as a lazily loaded component. `preload` starts the download
 * before the page renders (at start-up for the first screen, on hover in the sidebar) and the
 * render reuses that same download. A failed download is forgotten, so the next try fetches again.
 *
 * Once the module is in, a new instance renders it directly instead of through React.lazy: lazy
 * suspends at its first render even when the code is already loaded, and React 19 then holds the
 * Suspense boundary's content back until 300 ms after its fallback showed — on the board's first
 * screen that was ~160 ms of an idle main thread with the cards' data already at hand. An instance
 * keeps the kind it started with, so a re-render never swaps the component (which would remount it).
 */
export const lazyPage = <Module extends Record<Name, AnyComponent>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
): LazyPage<Module[Name]> => {
  let pending: Promise<{ default: Module[Name] }> | null = null;
  let loaded: Module[Name] | null = null;
  const fetchPage = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module[name];
        return { default: module[name] };
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  // A failed early fetch is not reported here: the render fetches again and its boundary says so.
  const preload = () =>
    fetchPage().then(
      () => undefined,
      () => undefined,
    );
  const Lazy = lazy(fetchPage);
  const Page = (props: ComponentProps<Module[Name]>) => {
    const [Component] = useState<AnyComponent>(() => loaded ?? Lazy);
    return createElement(Component, props);
  };
  Page.displayName = `LazyPage(${name})`;
  return Object.assign(Page, { preload, isLoaded: () => loaded !== null });
};
