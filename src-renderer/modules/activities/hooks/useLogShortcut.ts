import { useEffect, useRef } from 'react';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * "A" logs an activity on the record in view (Pipedrive's habit): not while typing, not with a
 * modifier, not while a dialog is open on top. `onLog` returning false leaves the key to another
 * listener (the app-wide one defers to the open deal drawer's).
 */
export const useLogShortcut = (onLog: () => boolean | void): void => {
  const latest = useRef(onLog);
  useEffect(() => {
    latest.current = onLog;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'a' && event.key.toLowerCase() !== 'ф') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (latest.current() === false) return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
};
