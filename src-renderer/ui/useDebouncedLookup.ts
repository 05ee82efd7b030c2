import { useEffect, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

/**
 * Runs `lookup` on `query` once it has stopped changing for `delayMs` (a form asking "does this
 * exist already?" while the user types). The last answer stays on screen until the next one
 * arrives, so the warning does not flicker; a failed lookup is ignored (it only warns).
 * `query` null means "nothing worth asking" and gives `empty`.
 */
export const useDebouncedLookup = <Q, R>(
  query: Q | null,
  lookup: (query: Q) => Promise<R>,
  empty: R,
  delayMs = 300,
): R => {
  const key = useDebouncedValue(query === null ? null : JSON.stringify(query), delayMs);
  const [answer, setAnswer] = useState<{ key: string; value: R } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    lookup(JSON.parse(key) as Q).then(
      (value) => {
        if (live) setAnswer({ key, value });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key, lookup]);
  return query === null || answer === null ? empty : answer.value;
};
