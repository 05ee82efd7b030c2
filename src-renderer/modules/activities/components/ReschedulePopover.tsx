import type { ActivityRow } from '@shared/contract/schemas/activities';
import { type FormEvent, type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { dateTimeInput } from '../utils/dateTimeInput';
import { rescheduleTargets } from '../utils/rescheduleTargets';

type Props = { task: ActivityRow; onPick(dueAt: number): void; onClose(): void };

/**
 * Reschedule a task: an hour from now, tomorrow 9:00, next Monday 9:00 (workspace clock), or any
 * date and time. Opens with the first choice focused so the keyboard can pick at once; Escape is
 * kept here so it does not also close the drawer around it.
 */
export const ReschedulePopover = ({ task, onPick, onClose }: Props) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const [targets] = useState(() => rescheduleTargets(Date.now(), dates.timeZone));
  const [custom, setCustom] = useState(() => dateTimeInput.from(task.dueAt ?? targets.inAnHour, dates.timeZone));
  const [invalid, setInvalid] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [above, setAbove] = useState(false);
  // Measured before paint, so a popover that would end below the window never flashes there.
  useLayoutEffect(() => {
    const rect = box.current?.getBoundingClientRect();
    if (rect && rect.bottom > window.innerHeight && rect.top - rect.height - 40 > 0) setAbove(true);
  }, []);
  useEffect(() => first.current?.focus(), []);

  const quick = [
    { key: 'inAnHour', at: targets.inAnHour },
    { key: 'tomorrowMorning', at: targets.tomorrowMorning },
    { key: 'nextMondayMorning', at: targets.nextMondayMorning },
  ] as const;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = dateTimeInput.to(custom, dates.timeZone);
    if (at === null) setInvalid(true);
    else onPick(at);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  return (
    <div
      ref={box}
      className={above ? 'task-popover is-above' : 'task-popover'}
      role="dialog"
      aria-label={t('activities.tasks.rescheduleTitle', { subject: task.subject })}
      data-testid="reschedule-popover"
      onKeyDown={onKeyDown}
    >
      <div className="task-popover-quick">
        {quick.map(({ key, at }, index) => (
          <button
            key={key}
            type="button"
            className="task-popover-choice"
            ref={index === 0 ? first : undefined}
            onClick={() => onPick(at)}
          >
            <span>{t(`activities.tasks.when.${key}`)}</span>
            <span className="muted num">{dates.instant(at, 'dateTime')}</span>
          </button>
        ))}
      </div>
      <form className="task-popover-custom" onSubmit={submit} noValidate>
        <label className="task-popover-label" htmlFor={`reschedule-${task.id}`}>
          {t('activities.tasks.when.custom')}
        </label>
        <div className="task-popover-row">
          <input
            id={`reschedule-${task.id}`}
            className="input"
            type="datetime-local"
            value={custom}
            aria-invalid={invalid || undefined}
            onChange={(event) => {
              setCustom(event.target.value);
              setInvalid(false);
            }}
          />
          <button type="submit" className="button button-primary button-small">
            {t('activities.tasks.move')}
          </button>
        </div>
        {invalid ? (
          <p className="field-error" role="alert">
            {t('activities.tasks.when.invalid')}
          </p>
        ) : null}
      </form>
    </div>
  );
};
