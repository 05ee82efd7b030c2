import type { ActivityRow } from '@shared/contract/schemas/activities';
import { type ReminderState, reminderKey } from '@shared/domain/activities/dueReminders';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Icon } from '../../../ui/Icon';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import { reminderStorage } from '../utils/reminderStorage';

const SNOOZE_MS = 10 * 60_000;

/** The reminders in the bell's popover, with Open (the deal), Snooze and Dismiss; loaded when the first one is due. */
export const ReminderList = ({
  due,
  now,
  onHandled,
  onOpened,
}: {
  due: readonly (ActivityRow & { dueAt: number })[];
  now: number;
  onHandled(handled: Record<string, ReminderState>): void;
  onOpened(): void;
}) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const handle = (task: ActivityRow & { dueAt: number }, state: ReminderState) => {
    const next = { ...reminderStorage.read(), [reminderKey(task)]: state };
    reminderStorage.write(next);
    onHandled(next);
  };
  return (
    <div className="reminders" role="list" data-testid="reminders">
      {due.map((task) => {
        const overdue = task.dueAt < now;
        return (
          <div
            key={task.id}
            className={overdue ? 'reminder is-overdue' : 'reminder'}
            role="listitem"
            data-testid="reminder"
          >
            <Icon name={overdue ? 'alert' : 'clock'} size={18} />
            <div className="reminder-text">
              <p className="reminder-title">{task.subject}</p>
              <p className="reminder-meta">
                {t(overdue ? 'activities.reminders.overdue' : 'activities.reminders.dueAt', {
                  date: dates.instant(task.dueAt, 'dateTime'),
                })}
                {task.dealTitle ? ` · ${task.dealTitle}` : ''}
              </p>
              <div className="reminder-actions">
                {task.dealId ? (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      handle(task, now + SNOOZE_MS);
                      onOpened();
                      openDeal(task.dealId as string);
                    }}
                  >
                    {t('activities.reminders.open')}
                  </button>
                ) : null}
                <button type="button" className="button button-small" onClick={() => handle(task, now + SNOOZE_MS)}>
                  {t('activities.reminders.snooze')}
                </button>
                <button type="button" className="button button-small" onClick={() => handle(task, 'dismissed')}>
                  {t('activities.reminders.dismiss')}
                </button>
              </div>
            </div>
          </div>
        );
      })}
    </div>
  );
};
