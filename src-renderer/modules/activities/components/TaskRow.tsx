import type { ActivityRow } from '@shared/contract/schemas/activities';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { usePopoverDismiss } from '../../../ui/usePopoverDismiss';
import { Icon } from '../../../ui/Icon';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import { OwnerPicker } from '../../users/components/OwnerPicker';
import { useUsers } from '../../users/hooks/useUsers';
import { activityTypeIcon } from '../utils/activityTypeIcon';
import { ReschedulePopover } from './ReschedulePopover';

export type TaskRowProps = {
  task: ActivityRow;
  overdue: boolean;
  onComplete(task: ActivityRow): void;
  /** Complete by logging what was done (the log form). */
  onCompleteAndLog?: ((task: ActivityRow) => void) | undefined;
  /** The list answers x, Shift+X and r (My day): the buttons announce those keys. */
  keyboard?: boolean;
  /** Whether this row's reschedule popover is open (the list owns it, so `r` can open it). */
  rescheduling: boolean;
  onRescheduling(open: boolean): void;
  onReschedule(task: ActivityRow, dueAt: number): void;
  onReassign(task: ActivityRow, ownerId: string | null, ownerName: string): void;
};

/**
 * One task line (My day, the deal drawer): its kind, what, when, for which deal and whom; complete,
 * reschedule (a popover of quick times and a date/time picker) and reassign (the assignee picker).
 */
export const TaskRow = (props: TaskRowProps) => {
  const { task, overdue, onComplete, onCompleteAndLog, rescheduling, onRescheduling, keyboard = false } = props;
  const { t } = useTranslation();
  const dates = useDateFormat();
  const users = useUsers();
  const popover = usePopoverDismiss<HTMLDivElement>(rescheduling, () => onRescheduling(false));
  const trigger = useRef<HTMLButtonElement>(null);
  const done = task.doneAt !== null;
  const when = done ? (task.doneAt as number) : (task.dueAt ?? task.createdAt);
  const reassign = (ownerId: string | null) =>
    props.onReassign(task, ownerId, users?.find((user) => user.id === ownerId)?.name ?? t('users.unassigned'));
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
          aria-keyshortcuts={keyboard ? 'X' : undefined}
          onClick={() => onComplete(task)}
        />
      )}
      <div className="task-main">
        <p className="task-subject">
          <span className="task-type" data-testid="task-type">
            <Icon name={activityTypeIcon[task.type]} size={14} />
            {t(`activities.type.${task.type}`)}
          </span>
          {task.subject}
        </p>
        <div className="task-meta">
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
          {done ? (
            task.ownerName ? (
              <span className="muted">{task.ownerName}</span>
            ) : null
          ) : (
            <OwnerPicker
              className="task-owner"
              aria-label={`${t('activities.fields.owner')}: ${task.subject}`}
              title={t('activities.tasks.reassign')}
              value={task.ownerId}
              onChange={reassign}
            />
          )}
          {task.ruleName ? (
            <span className="task-rule" data-testid="task-rule">
              {t('activities.tasks.byRule', { name: task.ruleName })}
            </span>
          ) : null}
        </div>
      </div>
      {done || !onCompleteAndLog ? null : (
        <button
          type="button"
          className="button button-small"
          aria-label={`${t('activities.tasks.completeAndLog')}: ${task.subject}`}
          aria-keyshortcuts={keyboard ? 'Shift+X' : undefined}
          data-testid="task-complete-and-log"
          onClick={() => onCompleteAndLog(task)}
        >
          {t('activities.tasks.completeAndLog')}
        </button>
      )}
      {done ? null : (
        <div className="task-reschedule" ref={popover}>
          <button
            type="button"
            className="button button-small"
            ref={trigger}
            aria-keyshortcuts={keyboard ? 'R' : undefined}
            aria-haspopup="dialog"
            aria-expanded={rescheduling}
            onClick={() => onRescheduling(!rescheduling)}
          >
            {t('activities.tasks.reschedule')}
          </button>
          {rescheduling ? (
            <ReschedulePopover
              task={task}
              onClose={() => {
                onRescheduling(false);
                trigger.current?.focus();
              }}
              onPick={(dueAt) => {
                onRescheduling(false);
                props.onReschedule(task, dueAt);
              }}
            />
          ) : null}
        </div>
      )}
    </li>
  );
};
