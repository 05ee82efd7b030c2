import { useEffect, useRef } from 'react';

/** A ticked row's checkbox (the leads inbox) takes no letters: "A" there logs on its row. */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['TEXTAREA', 'SELECT'].includes(target.tagName) ||
    (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio'));

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
