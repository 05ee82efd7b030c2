import type { Language } from '@shared/contract/schemas/common';
import type { Reminder } from '@shared/contract/schemas/reminders';
import { formatInstant } from '@shared/i18n/formatDates';
import { createTranslator } from '../core/reports/createTranslator';

/** One OS notification: what it says and what a click on it opens. */
export type ReminderNotice = { title: string; body: string; taskId: string; dealId: string | null };

/** More at once (the reminders missed while the app was closed) make one notification, not a pile. */
const SEPARATE_AT_MOST = 3;

/**
 * The OS notifications for reminders the core pushed, worded as the bell words them (the shared
 * catalogues, the workspace's time zone): the task's subject, when it is due and its deal.
 */
export const reminderNotices = (
  reminders: readonly Reminder[],
  language: Language,
  timeZone: string,
): ReminderNotice[] => {
  const t = createTranslator(language);
  const when = (reminder: Reminder) =>
    t(reminder.overdue ? 'activities.reminders.overdue' : 'activities.reminders.dueAt', {
      date: formatInstant(reminder.dueAt, 'dateTime', language, timeZone),
    });
  if (reminders.length > SEPARATE_AT_MOST) {
    const first = reminders[0] as Reminder;
    return [
      {
        title: t('activities.reminders.bell', { count: reminders.length }),
        body: reminders.map((reminder) => reminder.subject).join('\n'),
        taskId: first.taskId,
        dealId: null,
      },
    ];
  }
  return reminders.map((reminder) => ({
    title: reminder.subject,
    body: reminder.dealTitle ? `${when(reminder)} · ${reminder.dealTitle}` : when(reminder),
    taskId: reminder.taskId,
    dealId: reminder.dealId,
  }));
};
