import { useEffect, useRef } from 'react';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

type Keys = { complete(taskId: string): void; snooze(taskId: string): void };

/**
 * j/k move between task rows, x completes and s snoozes the focused one (Gmail's habits). Keys
 * typed into a box or under an open dialog are left alone.
 */
export const useTaskKeys = (list: React.RefObject<HTMLElement | null>, keys: Keys): void => {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const rows = [...(list.current?.querySelectorAll<HTMLElement>('[data-task-id]') ?? [])];
      if (rows.length === 0) return;
      const current = rows.findIndex((row) => row.contains(document.activeElement));
      const focused = rows[current];
      const key = event.key.toLowerCase();
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        const next = current === -1 ? 0 : Math.min(rows.length - 1, Math.max(0, current + (key === 'j' ? 1 : -1)));
        rows[next]?.focus();
      } else if ((key === 'x' || key === 's') && focused?.dataset['taskId']) {
        event.preventDefault();
        if (key === 'x') latest.current.complete(focused.dataset['taskId']);
        else latest.current.snooze(focused.dataset['taskId']);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [list]);
};
