import type { ActivityRow } from '@shared/contract/schemas/activities';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasNextStep } from '@shared/domain/activities/hasNextStep';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useTaskActions } from '../hooks/useTaskActions';
import { PlanTaskForm } from './PlanTaskForm';
import { TaskRow } from './TaskRow';
import './MyDayPage.css';

const lastDueAt = (tasks: readonly ActivityRow[]): number | null =>
  tasks.reduce<number | null>(
    (last, task) => (task.dueAt !== null && (last === null || task.dueAt > last) ? task.dueAt : last),
    null,
  );

/**
 * The deal's next steps in its drawer: open tasks soonest first (red when overdue), a planner, and
 * "no next step" on an open deal without a future task; right after a task is completed with none
 * ahead, it asks for the next step and puts the cursor in the planner.
 */
export const DealTasks = ({
  dealId,
  dealOwnerId,
  open,
  completedAt,
  onCompleteAndLog,
}: {
  dealId: string;
  /** New tasks go to the deal's owner unless another assignee is picked. */
  dealOwnerId: string | null;
  open: boolean;
  /** Bumped when the drawer's log form completes a task: ask for the next step as after Complete. */
  completedAt: number;
  onCompleteAndLog(task: ActivityRow): void;
}) => {
  const { t } = useTranslation();
  const tasks = useLiveQuery('activities.dealTasks', { dealId }, ['activities']).data ?? [];
  const actions = useTaskActions();
  const [rescheduling, setRescheduling] = useState<string | null>(null);
  // The drawer's moment: whether a task is overdue does not need a re-render per second.
  const [now] = useState(() => Date.now());
  const hasFuture = hasNextStep(lastDueAt(tasks), now);
  // After a task is completed here or through the log form, the drawer asks what comes next.
  const [completedHere, setCompletedHere] = useState(0);
  const [dismissedAt, setDismissedAt] = useState(0);
  const askedAt = Math.max(completedHere, completedAt);
  const asking = open && !hasFuture && askedAt > dismissedAt;
  return (
    <div className="deal-tasks" data-testid="deal-tasks">
      {tasks.length > 0 ? (
        <ul className="task-list">
          {tasks.map((task) => (
            <TaskRow
              key={task.id}
              task={task}
              overdue={(task.dueAt ?? now) < now}
              onComplete={(row) =>
                void actions.complete(row).then((completed) => {
                  if (completed) setCompletedHere(Date.now());
                })
              }
              rescheduling={rescheduling === task.id}
              onRescheduling={(isOpen) => setRescheduling(isOpen ? task.id : null)}
              onReschedule={(row, dueAt) => void actions.reschedule(row, dueAt)}
              onReassign={(row, ownerId, name) => void actions.reassign(row, ownerId, name)}
              onCompleteAndLog={onCompleteAndLog}
            />
          ))}
        </ul>
      ) : null}
      {asking ? (
        <div className="deal-ask-next" role="status" data-testid="ask-next-step">
          <p className="deal-ask-next-text">{t('activities.tasks.askNext')}</p>
          <button type="button" className="button button-small" onClick={() => setDismissedAt(Date.now())}>
            {t('activities.tasks.notNow')}
          </button>
        </div>
      ) : open && !hasFuture ? (
        <p className="deal-no-next" data-testid="no-next-step">
          {t('activities.tasks.noNext')}
        </p>
      ) : null}
      <PlanTaskForm key={askedAt} dealId={dealId} defaultOwnerId={dealOwnerId} autoFocus={asking} />
    </div>
  );
};
