import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useDateFormat } from '../../../platform/useDateFormat';
import { serverFieldErrors } from '../../../ui/form/serverFieldErrors';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { dateTimeInput } from '../utils/dateTimeInput';

const HOUR = 3_600_000;

/** One line to plan a task: what and when (an hour from now by default), for the current user, on a deal if given. */
export const PlanTaskForm = ({ dealId, autoFocus = false }: { dealId?: string; autoFocus?: boolean }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const { timeZone } = useDateFormat();
  const [subject, setSubject] = useState('');
  const [due, setDue] = useState(() => dateTimeInput.from(Date.now() + HOUR, timeZone));
  const [error, setError] = useState<string | null>(null);
  const subjectBox = useRef<HTMLInputElement>(null);
  // A frame later: a closing dialog (the log form that completed a task) gives focus back first.
  useEffect(() => {
    if (!autoFocus) return;
    const frame = requestAnimationFrame(() => subjectBox.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [autoFocus]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await client.call('activities.plan', {
        subject,
        dueAt: dateTimeInput.to(due, timeZone) ?? -1,
        ...(dealId ? { dealId } : {}),
      });
      push({ tone: 'success', message: t('activities.tasks.planned') });
      setSubject('');
      setError(null);
    } catch (failure) {
      const errors = serverFieldErrors(failure, t);
      if (errors) setError(Object.values(errors).join(' '));
      else reportError(failure);
    }
  };

  return (
    <form className="plan-task" onSubmit={submit} noValidate data-testid="plan-task">
      <input
        className="input plan-task-subject"
        aria-label={t('activities.fields.subject')}
        placeholder={t('activities.tasks.subjectPlaceholder')}
        ref={subjectBox}
        value={subject}
        maxLength={300}
        onChange={(event) => setSubject(event.target.value)}
      />
      <input
        className="input plan-task-due"
        type="datetime-local"
        aria-label={t('activities.fields.dueAt')}
        value={due}
        onChange={(event) => setDue(event.target.value)}
      />
      <button type="submit" className="button button-primary">
        {t('activities.tasks.add')}
      </button>
      {error ? (
        <p className="field-error plan-task-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
};
