import type { ActivityRow, MyDay } from '@shared/contract/schemas/activities';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useMyDayOwner } from '../hooks/useMyDayOwner';
import { useTaskActions } from '../hooks/useTaskActions';
import { useKeepRowFocus } from '../hooks/useKeepRowFocus';
import { useTaskKeys } from '../hooks/useTaskKeys';
import { myDayOwnerInput } from '../utils/myDayOwnerInput';
import { CompleteAndLogDialog } from './CompleteAndLogDialog';
import { MyDayOwnerFilter } from './MyDayOwnerFilter';
import { PlanTaskForm } from './PlanTaskForm';
import { TaskRow } from './TaskRow';
import './MyDayPage.css';

const SECTIONS = ['overdue', 'today', 'upcoming', 'doneToday'] as const;

/**
 * The Activities page: My day — overdue tasks, today's, the upcoming ones and what was done
 * today, for me, the whole team or one user (kept in the URL); keyboard-driven (j/k, x to
 * complete, Shift+X to complete by logging what was done, s to snooze, r to reschedule).
 */
export const MyDayPage = () => {
  const { t } = useTranslation();
  const [whose, setWhose] = useMyDayOwner();
  const day = useLiveQuery('activities.myDay', myDayOwnerInput(whose), ['activities', 'deals', 'users']).data;
  const taskActions = useTaskActions();
  const [rescheduling, setRescheduling] = useState<string | null>(null);
  // The task being completed through the log form (Shift+X or the row's button).
  const [completing, setCompleting] = useState<ActivityRow | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const rememberPlace = useKeepRowFocus(list, day);
  // Completing and rescheduling move the row away: focus goes on from its place.
  const actions = {
    ...taskActions,
    complete: (task: ActivityRow) => {
      rememberPlace(task.id);
      return taskActions.complete(task);
    },
    snooze: (task: ActivityRow) => {
      rememberPlace(task.id);
      return taskActions.snooze(task);
    },
    reschedule: (task: ActivityRow, dueAt: number) => {
      rememberPlace(task.id);
      return taskActions.reschedule(task, dueAt);
    },
  };
  const find = (id: string): ActivityRow | undefined =>
    day ? SECTIONS.flatMap((section) => day[section]).find((task) => task.id === id) : undefined;
  useTaskKeys(list, {
    complete: (id) => {
      const task = find(id);
      if (task && task.doneAt === null) void actions.complete(task);
    },
    completeAndLog: (id) => {
      const task = find(id);
      if (task && task.doneAt === null) setCompleting(task);
    },
    snooze: (id) => {
      const task = find(id);
      if (task && task.doneAt === null) void actions.snooze(task);
    },
    reschedule: (id) => {
      if (find(id)?.doneAt === null) setRescheduling(id);
    },
  });
  const sectionProps = {
    day,
    actions,
    rescheduling,
    onRescheduling: setRescheduling,
    onCompleteAndLog: setCompleting,
  };

  return (
    <div className="my-day">
      <div className="my-day-toolbar">
        {/* Planning while looking at a rep's day assigns to that rep by default. */}
        <PlanTaskForm key={whose} defaultOwnerId={whose === 'me' || whose === 'team' ? undefined : whose} />
        <MyDayOwnerFilter value={whose} onChange={setWhose} />
      </div>
      <p className="muted my-day-hint">{t('activities.myDay.hint')}</p>
      {day ? (
        <div className="my-day-sections" ref={list}>
          {SECTIONS.map((section) => (
            <Section key={section} section={section} {...sectionProps} day={day} />
          ))}
        </div>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
      <CompleteAndLogDialog task={completing} onDone={() => setCompleting(null)} />
    </div>
  );
};

type SectionProps = {
  section: (typeof SECTIONS)[number];
  day: MyDay;
  actions: ReturnType<typeof useTaskActions>;
  rescheduling: string | null;
  onRescheduling(taskId: string | null): void;
  onCompleteAndLog(task: ActivityRow): void;
};

const Section = ({ section, day, actions, rescheduling, onRescheduling, onCompleteAndLog }: SectionProps) => {
  const { t } = useTranslation();
  const tasks = day[section];
  const total = day.totals[section];
  return (
    <section
      className={`my-day-section my-day-${section}`}
      aria-labelledby={`my-day-${section}`}
      data-testid={`my-day-${section}`}
    >
      <h2 id={`my-day-${section}`} className="my-day-title">
        {t(`activities.myDay.${section}`)} <span className="muted num">{total}</span>
      </h2>
      {total > tasks.length ? (
        <p className="muted my-day-shown" data-testid="my-day-shown">
          {t('activities.myDay.shownOf', { shown: tasks.length, total })}
        </p>
      ) : null}
      {tasks.length === 0 ? (
        <p className="muted my-day-empty">{t('activities.myDay.empty')}</p>
      ) : (
        <ul className="task-list">
          {tasks.map((task) => (
            <TaskRow
              key={task.id}
              task={task}
              overdue={section === 'overdue'}
              onComplete={(row) => void actions.complete(row)}
              onCompleteAndLog={onCompleteAndLog}
              keyboard
              rescheduling={rescheduling === task.id}
              onRescheduling={(open) => onRescheduling(open ? task.id : null)}
              onReschedule={(row, dueAt) => void actions.reschedule(row, dueAt)}
              onReassign={(row, ownerId, name) => void actions.reassign(row, ownerId, name)}
            />
          ))}
        </ul>
      )}
    </section>
  );
};
