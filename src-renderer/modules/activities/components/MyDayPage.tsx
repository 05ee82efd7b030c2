import type { ActivityRow, MyDay } from '@shared/contract/schemas/activities';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useTaskActions } from '../hooks/useTaskActions';
import { useTaskKeys } from '../hooks/useTaskKeys';
import { PlanTaskForm } from './PlanTaskForm';
import { TaskRow } from './TaskRow';
import './MyDayPage.css';

const SECTIONS = ['overdue', 'today', 'upcoming', 'doneToday'] as const;

/**
 * The Activities page: My day — overdue tasks, today's, the upcoming ones and what was done
 * today, for me or the whole team; keyboard-driven (j/k, x to complete, s to snooze).
 */
export const MyDayPage = () => {
  const { t } = useTranslation();
  const [whose, setWhose] = useState<'me' | 'team'>('me');
  const day = useLiveQuery('activities.myDay', whose === 'me' ? {} : { ownerId: null }, ['activities', 'deals']).data;
  const actions = useTaskActions();
  const list = useRef<HTMLDivElement>(null);
  const find = (id: string): ActivityRow | undefined =>
    day ? SECTIONS.flatMap((section) => day[section]).find((task) => task.id === id) : undefined;
  useTaskKeys(list, {
    complete: (id) => {
      const task = find(id);
      if (task && task.doneAt === null) void actions.complete(task);
    },
    snooze: (id) => {
      const task = find(id);
      if (task && task.doneAt === null) void actions.snooze(task);
    },
  });

  return (
    <div className="my-day">
      <div className="my-day-toolbar">
        <PlanTaskForm />
        <label className="my-day-whose">
          <span className="visually-hidden">{t('activities.myDay.whose')}</span>
          <select className="input" value={whose} onChange={(event) => setWhose(event.target.value as 'me' | 'team')}>
            <option value="me">{t('activities.myDay.me')}</option>
            <option value="team">{t('activities.myDay.team')}</option>
          </select>
        </label>
      </div>
      <p className="muted my-day-hint">{t('activities.myDay.hint')}</p>
      {day ? (
        <div className="my-day-sections" ref={list}>
          {SECTIONS.map((section) => (
            <Section key={section} section={section} day={day} actions={actions} />
          ))}
        </div>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </div>
  );
};

const Section = ({
  section,
  day,
  actions,
}: {
  section: (typeof SECTIONS)[number];
  day: MyDay;
  actions: ReturnType<typeof useTaskActions>;
}) => {
  const { t } = useTranslation();
  const tasks = day[section];
  return (
    <section
      className={`my-day-section my-day-${section}`}
      aria-labelledby={`my-day-${section}`}
      data-testid={`my-day-${section}`}
    >
      <h2 id={`my-day-${section}`} className="my-day-title">
        {t(`activities.myDay.${section}`)} <span className="muted num">{tasks.length}</span>
      </h2>
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
              onSnooze={(row) => void actions.snooze(row)}
            />
          ))}
        </ul>
      )}
    </section>
  );
};
