import { useEffect, useRef } from 'react';

/** "L" on the Latin layout, "Д" on the Russian one (the same key). */
const KEYS = new Set(['l', 'д']);

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * "L" opens the new-lead form from any page: not while typing, not with a modifier, not while a
 * dialog is open on top (the same rules as "A" for logging, which it does not collide with).
 */
export const useNewLeadShortcut = (onOpen: () => void): void => {
  const latest = useRef(onOpen);
  useEffect(() => {
    latest.current = onOpen;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!KEYS.has(event.key.toLowerCase())) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
};
