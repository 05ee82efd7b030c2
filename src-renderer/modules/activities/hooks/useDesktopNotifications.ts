import type { ActivityRow } from '@shared/contract/schemas/activities';
import { reminderKey } from '@shared/domain/activities/dueReminders';
import { remindersToNotify } from '@shared/domain/activities/remindersToNotify';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import type { DesktopPermission } from '../utils/desktopPermission';
import { notifiedStorage } from '../utils/notifiedStorage';

type Due = ActivityRow & { dueAt: number };

/**
 * Each reminder that falls due is also shown as a desktop notification (the OS's, in Electron and
 * in a browser that allows it), once per task and due time across reloads and restarts; clicking
 * it brings the app forward on the task's deal (or My day). Without permission the bell alone
 * reminds, as before.
 */
export const useDesktopNotifications = (due: readonly Due[], now: number, permission: DesktopPermission): void => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const latest = useRef({ due, now, t, dates });
  // Updated before the effect below runs (effects run in order), read there without re-running it.
  useEffect(() => {
    latest.current = { due, now, t, dates };
  });
  const dueKeys = due.map(reminderKey).join(' ');
  useEffect(() => {
    if (permission !== 'granted' || dueKeys === '') return;
    const { due: tasks, now: at, t: translate, dates: format } = latest.current;
    const { show, notified } = remindersToNotify(tasks, notifiedStorage.read(), at);
    if (show.length === 0) return;
    notifiedStorage.write(notified);
    for (const task of show) {
      const when = translate(task.dueAt < at ? 'activities.reminders.overdue' : 'activities.reminders.dueAt', {
        date: format.instant(task.dueAt, 'dateTime'),
      });
      const notification = new Notification(task.subject, {
        body: task.dealTitle ? `${when} · ${task.dealTitle}` : when,
        tag: reminderKey(task),
      });
      notification.onclick = () => {
        window.focus();
        if (task.dealId) openDeal(task.dealId);
        else window.location.hash = '#/activities';
        notification.close();
      };
    }
  }, [dueKeys, permission]);
};
