import { type RefObject, useEffect, useRef } from 'react';

/** Long enough for the day to reload after a write; a later reload is not the action's. */
const WITHIN_MS = 10_000;

/**
 * A completed or rescheduled task leaves its place (for "Done today", another day) and the focus,
 * on its button or its popover, falls to the page. `remember` notes the row's place before the
 * action; once the day has reloaded and focus is on the page, the row now at that place (the next
 * task) takes it, so j/k, x and r go on from there.
 */
export const useKeepRowFocus = (list: RefObject<HTMLElement | null>, day: unknown) => {
  const place = useRef<{ index: number; at: number } | null>(null);
  useEffect(() => {
    const remembered = place.current;
    if (!remembered || document.activeElement !== document.body) return;
    place.current = null;
    if (Date.now() - remembered.at > WITHIN_MS) return;
    const rows = list.current?.querySelectorAll<HTMLElement>('[data-task-id]') ?? [];
    rows[Math.min(remembered.index, rows.length - 1)]?.focus();
  }, [day, list]);
  return (taskId: string) => {
    const rows = [...(list.current?.querySelectorAll<HTMLElement>('[data-task-id]') ?? [])];
    const index = rows.findIndex((row) => row.dataset['taskId'] === taskId);
    place.current = index === -1 ? null : { index, at: Date.now() };
  };
};
