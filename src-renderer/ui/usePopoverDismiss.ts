import { useEffect, useRef } from 'react';

/**
 * Closes a popover on Escape or a press outside the returned ref's element (which should hold the
 * button that opens it too, so that button toggles instead of closing and reopening).
 */
export const usePopoverDismiss = <T extends HTMLElement>(open: boolean, close: () => void) => {
  const ref = useRef<T>(null);
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(() => {
    if (!open) return;
    const onEvent = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node))
        latest.current();
    };
    document.addEventListener('mousedown', onEvent);
    document.addEventListener('keydown', onEvent);
    return () => {
      document.removeEventListener('mousedown', onEvent);
      document.removeEventListener('keydown', onEvent);
    };
  }, [open]);
  return ref;
};
