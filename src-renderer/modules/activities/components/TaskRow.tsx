import type { ActivityRow } from '@shared/contract/schemas/activities';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';

export type TaskRowProps = {
  task: ActivityRow;
  overdue: boolean;
  onComplete(task: ActivityRow): void;
  onSnooze(task: ActivityRow): void;
  /** Complete by logging what was done (the log form). */
  onCompleteAndLog?: ((task: ActivityRow) => void) | undefined;
};

/** One line of My day: what, when, for which deal; complete and snooze. */
export const TaskRow = ({ task, overdue, onComplete, onSnooze, onCompleteAndLog }: TaskRowProps) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const done = task.doneAt !== null;
  const when = done ? (task.doneAt as number) : (task.dueAt ?? task.createdAt);
  return (
    <li
      className="task-row"
      tabIndex={-1}
      data-task-id={task.id}
      data-testid="task-row"
      data-overdue={overdue ? 'true' : undefined}
    >
      {done ? (
        <span className="task-done-mark" aria-hidden="true">
          ✓
        </span>
      ) : (
        <button
          type="button"
          className="task-check"
          aria-label={`${t('activities.tasks.complete')}: ${task.subject}`}
          aria-keyshortcuts="X"
          onClick={() => onComplete(task)}
        />
      )}
      <div className="task-main">
        <p className="task-subject">
          <span className="task-type">{t(`activities.type.${task.type}`)}</span>
          {task.subject}
        </p>
        <p className="task-meta">
          <span className={overdue ? 'task-when task-overdue' : 'task-when'}>
            {dates.instant(when, 'dateTime')}
            {overdue ? ` · ${t('activities.tasks.overdue')}` : ''}
          </span>
          {task.dealId && task.dealTitle ? (
            <button type="button" className="button-link task-deal" onClick={() => openDeal(task.dealId as string)}>
              {task.dealTitle}
            </button>
          ) : task.companyName ? (
            <span>{task.companyName}</span>
          ) : null}
          {task.ownerName ? <span className="muted">{task.ownerName}</span> : null}
          {task.ruleName ? (
            <span className="task-rule" data-testid="task-rule">
              {t('activities.tasks.byRule', { name: task.ruleName })}
            </span>
          ) : null}
        </p>
      </div>
      {done || !onCompleteAndLog ? null : (
        <button type="button" className="button button-small" onClick={() => onCompleteAndLog(task)}>
          {t('activities.tasks.completeAndLog')}
        </button>
      )}
      {done ? null : (
        <button type="button" className="button button-small" aria-keyshortcuts="S" onClick={() => onSnooze(task)}>
          {t('activities.tasks.reschedule')}
        </button>
      )}
    </li>
  );
};
