import type { VisibilityState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';

const read = (storageKey: string, fallback: readonly string[]): string[] => {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (Array.isArray(stored) && stored.every((id) => typeof id === 'string')) return stored;
  } catch {
    // A damaged value is as good as none: fall back to the defaults.
  }
  return [...fallback];
};

export type HiddenColumns = {
  hidden: string[];
  /** The same choice in the shape @tanstack/react-table takes. */
  visibility: VisibilityState;
  setHidden(hidden: string[]): void;
};

/**
 * Which columns of a table the user has hidden, kept in localStorage: a view preference of this
 * device, not data to sync.
 */
export const useHiddenColumns = (storageKey: string, defaultHidden: readonly string[] = []): HiddenColumns => {
  const [hidden, setState] = useState(() => read(storageKey, defaultHidden));
  const setHidden = useCallback(
    (next: string[]) => {
      setState(next);
      try {
        localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the choice still holds for this session.
      }
    },
    [storageKey],
  );
  const visibility = useMemo(() => Object.fromEntries(hidden.map((id) => [id, false])), [hidden]);
  return { hidden, visibility, setHidden };
};
