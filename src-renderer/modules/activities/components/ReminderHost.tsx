import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Icon } from '../../../ui/Icon';
import { lazyPart } from '../../../ui/lazyPart';
import { useDesktopNotifications } from '../hooks/useDesktopNotifications';
import { useReminderOpenRequests } from '../hooks/useReminderOpenRequests';
import { desktopPermission } from '../utils/desktopPermission';
import { DesktopNotificationsChoice } from './DesktopNotificationsChoice';
import './ReminderHost.css';

const ReminderList = lazyPart(() => import('./ReminderList'), 'ReminderList');

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
 * In-app reminders: the current user's open tasks due within 15 minutes or overdue, as the core
 * lists them (it owns the clock, the schedule and what was snoozed or dismissed; its scan every
 * 20 s and its pushes refetch the list). A bell in the top bar counts them (red when one is
 * overdue) and opens them in a popover with Open (the deal), Snooze (10 minutes) and Dismiss (never
 * again for that due time, even after a restart; a rescheduled task reminds again). It never
 * covers the page until asked, as Pipedrive's and HubSpot's bells do.
 */
export const ReminderHost = () => {
  const { t } = useTranslation();
  const list = useLiveQuery('reminders.list', {}, ['activities', 'reminder_deliveries', 'settings', 'deals']).data;
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const ref = useDismiss(open, close);
  const due = list?.reminders ?? [];
  const overdue = due.some((reminder) => reminder.overdue);
  const count = list?.total ?? 0;
  const [permission, setPermission] = useState(desktopPermission);
  useDesktopNotifications(permission);
  useReminderOpenRequests();
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
            <ReminderList due={due.slice(0, SHOWN)} onOpened={close} />
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
