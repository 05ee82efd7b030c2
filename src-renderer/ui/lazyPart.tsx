import {
  Component,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
  Suspense,
  useEffect,
  useState,
} from 'react';
import { type Recovery, useConnectionStore } from '../platform/connection/connectionStore';
import { type LazyPage, lazyPage } from './lazyPage';
import { refetchFailedStylesheets } from './refetchFailedStylesheets';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React's `lazy` signature
type AnyComponent = ComponentType<any>;

/** Leaves its part out (renders nothing) when the part's code failed to load or the part threw. */
class PartBoundary extends Component<{ children: ReactNode; onFailed: () => void }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch() {
    this.props.onFailed();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A part of the window whose code is its own chunk and that the window can do without for a while:
 * the reminders' bell, the sample banner, the board's saved views, a dialog not yet opened. It
 * renders nothing until its code is in (its own Suspense). In the browser shell the chunk comes
 * from the host: if the host goes away before it arrived, the download fails, and a failed lazy
 * component with no boundary above it unmounts the whole window (a blank page, the data it showed
 * gone). Here the part is left out instead, and is fetched again when the connection comes back
 * (React.lazy keeps a failure for good, so that takes a new lazy component), its stylesheet too. The same (load, name)
 * as `lazyPage`, whose direct render of loaded code it keeps.
 */
export const lazyPart = <Module extends Record<Name, AnyComponent>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
): LazyPage<Module[Name]> => {
  let latest = lazyPage(load, name);
  const Part = (props: ComponentProps<Module[Name]>) => {
    const recovery = useConnectionStore((state) => state.recovery);
    const [Current, setCurrent] = useState<LazyPage<Module[Name]>>(() => latest);
    // The recovery seen when the part failed: a later one means the connection came back since.
    const [failedAt, setFailedAt] = useState<{ recovery: Recovery | null } | null>(null);
    useEffect(() => {
      if (failedAt === null || failedAt.recovery === recovery) return;
      // Its stylesheet may have failed with its code: Vite's loader would not ask for it again.
      refetchFailedStylesheets();
      if (Current === latest) latest = lazyPage(load, name);
      setCurrent(() => latest);
      setFailedAt(null);
    }, [failedAt, recovery, Current]);
    if (failedAt !== null) return null;
    return (
      <PartBoundary onFailed={() => setFailedAt({ recovery })}>
        <Suspense fallback={null}>
          <Current {...props} />
        </Suspense>
      </PartBoundary>
    );
  };
  Part.displayName = `LazyPart(${name})`;
  return Object.assign(Part, { preload: () => latest.preload(), isLoaded: () => latest.isLoaded() });
};
