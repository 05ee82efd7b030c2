import type { ActivityRow } from '@shared/contract/schemas/activities';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useTaskActions } from '../hooks/useTaskActions';
import { PlanTaskForm } from './PlanTaskForm';
import { TaskRow } from './TaskRow';
import './MyDayPage.css';

/**
 * The deal's next steps in its drawer: open tasks soonest first (red when overdue), a planner, and
 * "no next step" on an open deal without a future task.
 */
export const DealTasks = ({
  dealId,
  open,
  onCompleteAndLog,
}: {
  dealId: string;
  open: boolean;
  onCompleteAndLog(task: ActivityRow): void;
}) => {
  const { t } = useTranslation();
  const tasks = useLiveQuery('activities.dealTasks', { dealId }, ['activities']).data ?? [];
  const actions = useTaskActions();
  // The drawer's moment: whether a task is overdue does not need a re-render per second.
  const [now] = useState(() => Date.now());
  const hasFuture = tasks.some((task) => (task.dueAt ?? 0) >= now);
  return (
    <div className="deal-tasks" data-testid="deal-tasks">
      {tasks.length > 0 ? (
        <ul className="task-list">
          {tasks.map((task) => (
            <TaskRow
              key={task.id}
              task={task}
              overdue={(task.dueAt ?? now) < now}
              onComplete={(row) => void actions.complete(row)}
              onSnooze={(row) => void actions.snooze(row)}
              onCompleteAndLog={onCompleteAndLog}
            />
          ))}
        </ul>
      ) : null}
      {open && !hasFuture ? (
        <p className="deal-no-next" data-testid="no-next-step">
          {t('activities.tasks.noNext')}
        </p>
      ) : null}
      <PlanTaskForm dealId={dealId} />
    </div>
  );
};
