import { useEffect, useRef } from 'react';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The letter pressed; under a Cyrillic layout the Latin key in the same place (о is j, к is r). */
const letterOf = (event: KeyboardEvent): string =>
  /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : event.code.replace(/^Key/, '').toLowerCase();

type Keys = {
  complete(taskId: string): void;
  completeAndLog(taskId: string): void;
  snooze(taskId: string): void;
  reschedule(taskId: string): void;
};

/** The action of a letter on the focused row; Shift+X is "complete and log" (x's bigger sibling). */
const actionOf = (key: string, shift: boolean): keyof Keys | undefined => {
  if (key === 'x') return shift ? 'completeAndLog' : 'complete';
  return ({ s: 'snooze', r: 'reschedule' } as const)[key as 's' | 'r'];
};

/**
 * j/k move between task rows; x completes, Shift+X completes by logging what was done, s snoozes
 * and r opens reschedule for the focused one (Gmail's habits). Keys typed into a box, inside a
 * row's popover or under an open dialog are left alone. ("L" stays the app-wide new lead, "A" the
 * app-wide log.)
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
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const rows = [...(list.current?.querySelectorAll<HTMLElement>('[data-task-id]') ?? [])];
      if (rows.length === 0) return;
      const current = rows.findIndex((row) => row.contains(document.activeElement));
      const taskId = rows[current]?.dataset['taskId'];
      const key = letterOf(event);
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        const next = current === -1 ? 0 : Math.min(rows.length - 1, Math.max(0, current + (key === 'j' ? 1 : -1)));
        rows[next]?.focus();
        return;
      }
      const action = actionOf(key, event.shiftKey);
      if (!action || !taskId) return;
      event.preventDefault();
      latest.current[action](taskId);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [list]);
};
