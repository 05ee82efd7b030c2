import type { ActivityRow } from '@shared/contract/schemas/activities';
import { dueReminders } from '@shared/domain/activities/dueReminders';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { reminderStorage } from '../utils/reminderStorage';

const ReminderList = lazy(() => import('./ReminderList').then((module) => ({ default: module.ReminderList })));

/** Reminded this long before a task is due. */
const LEAD_MS = 15 * 60_000;
/** How often the clock is read: a reminder shows within this of its time. */
const TICK_MS = 20_000;
/** At most this many at once; the rest wait on My day. */
const SHOWN = 3;

/**
 * In-app reminders while the app is open: the current user's open tasks due within 15 minutes or
 * overdue, each with Open (the deal), Snooze (10 minutes) and Dismiss (never again for that due
 * time, even after a restart; a rescheduled task reminds again).
 */
export const ReminderHost = () => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const day = useLiveQuery('activities.myDay', {}, ['activities']).data;
  const [handled, setHandled] = useState(reminderStorage.read);
  const tasks: ActivityRow[] = day ? [...day.overdue, ...day.today, ...day.upcoming] : [];
  const due = dueReminders(tasks, now, LEAD_MS, handled);
  return due.length === 0 ? null : (
    <Suspense fallback={null}>
      <ReminderList due={due.slice(0, SHOWN)} now={now} onHandled={setHandled} />
    </Suspense>
  );
};
