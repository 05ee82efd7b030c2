import { describe, expect, it } from 'vitest';
import { dueReminders, reminderKey } from '@shared/domain/activities/dueReminders';

const MIN = 60_000;
const task = (id: string, dueAt: number | null, doneAt: number | null = null) => ({ id, dueAt, doneAt });

describe('dueReminders (a fake clock: now is a number)', () => {
  const tasks = [task('later', 60 * MIN), task('soon', 10 * MIN), task('late', -5 * MIN), task('done', 0, -MIN)];

  it('reminds of overdue tasks and those due within the lead time, soonest first; not done ones, not far ones', () => {
    expect(dueReminders(tasks, 0, 15 * MIN, {}).map((t) => t.id)).toEqual(['late', 'soon']);
    // Time passes: the later one comes within the lead.
    expect(dueReminders(tasks, 46 * MIN, 15 * MIN, {}).map((t) => t.id)).toEqual(['late', 'soon', 'later']);
  });

  it('a snoozed reminder comes back when the snooze ends; a dismissed one never for that due time', () => {
    const handled = {
      [reminderKey({ id: 'soon', dueAt: 10 * MIN })]: 20 * MIN,
      [reminderKey({ id: 'late', dueAt: -5 * MIN })]: 'dismissed' as const,
    };
    expect(dueReminders(tasks, 0, 15 * MIN, handled).map((t) => t.id)).toEqual([]);
    expect(dueReminders(tasks, 20 * MIN, 15 * MIN, handled).map((t) => t.id)).toEqual(['soon']);
    expect(dueReminders(tasks, 600 * MIN, 15 * MIN, handled).map((t) => t.id)).toEqual(['soon', 'later']);
    // Rescheduled, the dismissed task reminds again at its new time.
    const moved = [task('late', 100 * MIN)];
    expect(dueReminders(moved, 90 * MIN, 15 * MIN, handled).map((t) => t.id)).toEqual(['late']);
  });
});
