import type { ActivityRow } from '@shared/contract/schemas/activities';
import { dueReminders } from '@shared/domain/activities/dueReminders';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Icon } from '../../../ui/Icon';
import { useDesktopNotifications } from '../hooks/useDesktopNotifications';
import { desktopPermission } from '../utils/desktopPermission';
import { reminderStorage } from '../utils/reminderStorage';
import { DesktopNotificationsChoice } from './DesktopNotificationsChoice';
import './ReminderHost.css';

const ReminderList = lazy(() => import('./ReminderList').then((module) => ({ default: module.ReminderList })));

/** Reminded this long before a task is due. */
const LEAD_MS = 15 * 60_000;
/** How often the clock is read: a reminder shows within this of its time. */
const TICK_MS = 20_000;
/** At most this many in the list; the rest wait on My day. */
const SHOWN = 5;

/** Closes the popover on Escape or a press outside it (the bell itself toggles). */
const useDismiss = (open: boolean, close: () => void) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onEvent = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node))
        close();
    };
    document.addEventListener('mousedown', onEvent);
    document.addEventListener('keydown', onEvent);
    return () => {
      document.removeEventListener('mousedown', onEvent);
      document.removeEventListener('keydown', onEvent);
    };
  }, [open, close]);
  return ref;
};

/**
 * In-app reminders while the app is open: the current user's open tasks due within 15 minutes or
 * overdue. A bell in the top bar counts them (red when one is overdue) and opens them in a popover
 * with Open (the deal), Snooze (10 minutes) and Dismiss (never again for that due time, even after
 * a restart; a rescheduled task reminds again). It never covers the page until asked, as
 * Pipedrive's and HubSpot's bells do.
 */
export const ReminderHost = () => {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const day = useLiveQuery('activities.myDay', {}, ['activities']).data;
  const [handled, setHandled] = useState(reminderStorage.read);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const ref = useDismiss(open, close);
  const tasks: ActivityRow[] = day ? [...day.overdue, ...day.today, ...day.upcoming] : [];
  const due = dueReminders(tasks, now, LEAD_MS, handled);
  const overdue = due.some((task) => task.dueAt < now);
  const count = due.length;
  const [permission, setPermission] = useState(desktopPermission);
  useDesktopNotifications(due, now, permission);
  const label = count > 0 ? t('activities.reminders.bell', { count }) : t('activities.reminders.bellNone');
  return (
    <div className="reminder-bell" ref={ref}>
      <button
        type="button"
        className={count > 0 ? 'reminder-bell-button has-due' : 'reminder-bell-button'}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={label}
        title={label}
        data-testid="reminder-bell"
        onClick={() => setOpen((was) => !was)}
      >
        <Icon name="bell" size={20} />
        {count > 0 ? (
          <span
            key={count}
            className={overdue ? 'reminder-badge is-overdue' : 'reminder-badge'}
            data-testid="reminder-count"
            aria-hidden="true"
          >
            {count > 9 ? '9+' : count}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="reminders-popover" role="dialog" aria-label={t('activities.reminders.label')}>
          {count === 0 ? (
            <p className="reminders-empty muted">{t('activities.reminders.none')}</p>
          ) : (
            <Suspense fallback={null}>
              <ReminderList due={due.slice(0, SHOWN)} now={now} onHandled={setHandled} onOpened={close} />
            </Suspense>
          )}
          {count > SHOWN ? (
            <a className="reminders-more" href="#/activities" onClick={close}>
              {t('activities.reminders.more', { count: count - SHOWN })}
            </a>
          ) : null}
          <DesktopNotificationsChoice permission={permission} onChange={setPermission} />
        </div>
      ) : null}
    </div>
  );
};
