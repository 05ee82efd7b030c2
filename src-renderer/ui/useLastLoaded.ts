import { useState } from 'react';

/**
 * The latest value that was not null: a list searched as the user types keeps its last answer
 * while the next one loads, instead of emptying for a moment (a key pressed in that moment, such
 * as Enter on the highlighted choice, would otherwise find nothing to act on).
 */
export const useLastLoaded = <T>(value: T | null): T | null => {
  const [last, setLast] = useState(value);
  // React's pattern for keeping information from earlier renders: set state while rendering.
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
};
