import type { Reminder } from '@shared/contract/schemas/reminders';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useDateFormat } from '../../../platform/useDateFormat';
import type { DesktopPermission } from '../utils/desktopPermission';
import { isDesktopShell } from '../utils/isDesktopShell';
import { openReminder } from '../utils/openReminder';

/**
 * In the browser shell, each reminder the core pushes (`reminder.due`: once per task and due time,
 * across restarts — the core keeps count) also shows as the browser's notification where allowed;
 * clicking it brings the page forward on the task's deal. Without permission the bell alone
 * reminds. The desktop app's main process shows its own (the OS's), so this stays quiet there.
 */
export const useDesktopNotifications = (permission: DesktopPermission): void => {
  const client = useClient();
  const { t } = useTranslation();
  const dates = useDateFormat();
  const latest = useRef({ t, dates });
  useEffect(() => {
    latest.current = { t, dates };
  });
  useEffect(() => {
    if (permission !== 'granted' || isDesktopShell()) return;
    return client.subscribe((event) => {
      if (event.type !== 'reminder.due') return;
      if (event.reminders.length > SEPARATE_AT_MOST) showSummary(event.reminders, latest.current);
      else for (const reminder of event.reminders) show(reminder, latest.current);
    });
  }, [client, permission]);
};

/** More at once (those missed while the app was closed) make one notification, as on the desktop app. */
const SEPARATE_AT_MOST = 3;

type Format = { t: ReturnType<typeof useTranslation>['t']; dates: ReturnType<typeof useDateFormat> };

const show = (reminder: Reminder, { t, dates }: Format) => {
  const when = t(reminder.overdue ? 'activities.reminders.overdue' : 'activities.reminders.dueAt', {
    date: dates.instant(reminder.dueAt, 'dateTime'),
  });
  const notification = new Notification(reminder.subject, {
    body: reminder.dealTitle ? `${when} · ${reminder.dealTitle}` : when,
    tag: `${reminder.taskId}@${reminder.dueAt}`,
  });
  notification.onclick = () => {
    window.focus();
    openReminder(reminder.dealId);
    notification.close();
  };
};

const showSummary = (reminders: readonly Reminder[], { t }: Format) => {
  const notification = new Notification(t('activities.reminders.bell', { count: reminders.length }), {
    body: reminders.map((reminder) => reminder.subject).join('\n'),
  });
  notification.onclick = () => {
    window.focus();
    openReminder(null);
    notification.close();
  };
};
