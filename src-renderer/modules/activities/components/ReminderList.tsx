import type { Reminder } from '@shared/contract/schemas/reminders';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Icon } from '../../../ui/Icon';
import { useReportError } from '../../../ui/toasts/useReportError';
import { openReminder } from '../utils/openReminder';

/**
 * The reminders in the bell's popover, with Open (the deal), Snooze and Dismiss — the core's
 * operations, so what was put away stays so after a restart; loaded when the first one is due.
 */
export const ReminderList = ({ due, onOpened }: { due: readonly Reminder[]; onOpened(): void }) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const client = useClient();
  const reportError = useReportError();
  const key = (reminder: Reminder) => ({ taskId: reminder.taskId, dueAt: reminder.dueAt });
  const snooze = (reminder: Reminder) => client.call('reminders.snooze', key(reminder)).catch(reportError);
  const dismiss = (reminder: Reminder) => client.call('reminders.dismiss', key(reminder)).catch(reportError);
  return (
    <div className="reminders" role="list" data-testid="reminders">
      {due.map((reminder) => (
        <div
          key={reminder.taskId}
          className={reminder.overdue ? 'reminder is-overdue' : 'reminder'}
          role="listitem"
          data-testid="reminder"
        >
          <Icon name={reminder.overdue ? 'alert' : 'clock'} size={18} />
          <div className="reminder-text">
            <p className="reminder-title">{reminder.subject}</p>
            <p className="reminder-meta">
              {t(reminder.overdue ? 'activities.reminders.overdue' : 'activities.reminders.dueAt', {
                date: dates.instant(reminder.dueAt, 'dateTime'),
              })}
              {reminder.dealTitle ? ` · ${reminder.dealTitle}` : ''}
            </p>
            <div className="reminder-actions">
              {reminder.dealId ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    // Opened is seen to: it comes back after the snooze, not at once.
                    void snooze(reminder);
                    onOpened();
                    openReminder(reminder.dealId);
                  }}
                >
                  {t('activities.reminders.open')}
                </button>
              ) : null}
              <button type="button" className="button button-small" onClick={() => void snooze(reminder)}>
                {t('activities.reminders.snooze')}
              </button>
              <button type="button" className="button button-small" onClick={() => void dismiss(reminder)}>
                {t('activities.reminders.dismiss')}
              </button>
            </div>
          </div>
        </div>
      ))}
    </div>
  );
};
