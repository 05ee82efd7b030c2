import { type ActivityType, activityPlanInputSchema } from '@shared/contract/schemas/activities';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Select } from '../../../ui/form/Select';
import { type FieldErrors, fieldErrorsFromIssues } from '../../../ui/form/fieldErrors';
import { serverFieldErrors } from '../../../ui/form/serverFieldErrors';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { OwnerPicker } from '../../users/components/OwnerPicker';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { dateTimeInput } from '../utils/dateTimeInput';
import { taskTypes } from '../utils/taskTypes';

const HOUR = 3_600_000;

/** The one-line form has no labels on screen: a refusal names the field it is about. */
const FIELD_LABELS: Record<string, string> = {
  type: 'activities.tasks.type',
  subject: 'activities.fields.subject',
  dueAt: 'activities.fields.dueAt',
  ownerId: 'activities.fields.owner',
  dealId: 'activities.fields.deal',
};

type Props = {
  dealId?: string | undefined;
  autoFocus?: boolean;
  /** Who the task is for unless picked: the deal's owner, the rep whose day is shown; else me. */
  defaultOwnerId?: string | null | undefined;
};

/**
 * Plans a task: its kind, what, when (an hour from now by default) and for whom, on a deal if
 * given. Refusals show translated under the form.
 */
export const PlanTaskForm = ({ dealId, autoFocus = false, defaultOwnerId }: Props) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const { timeZone } = useDateFormat();
  const { user } = useCurrentUser();
  const [type, setType] = useState<ActivityType>('task');
  const [subject, setSubject] = useState('');
  const [due, setDue] = useState(() => dateTimeInput.from(Date.now() + HOUR, timeZone));
  // Undefined until picked: the default follows the deal owner and the current user as they load.
  const [pickedOwner, setPickedOwner] = useState<string | null | undefined>(undefined);
  const ownerId = pickedOwner === undefined ? (defaultOwnerId ?? user?.id ?? null) : pickedOwner;
  const [errors, setErrors] = useState<FieldErrors>({});
  const subjectBox = useRef<HTMLInputElement>(null);
  // A frame later: a closing dialog (the log form that completed a task) gives focus back first.
  useEffect(() => {
    if (!autoFocus) return;
    const frame = requestAnimationFrame(() => subjectBox.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [autoFocus]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dueAt = dateTimeInput.to(due, timeZone);
    if (dueAt === null) {
      setErrors({ dueAt: t('activities.tasks.when.invalid') });
      return;
    }
    const input = { type, subject, dueAt, ownerId, ...(dealId ? { dealId } : {}) };
    // Checked here first: the core's refusal carries no bounds, so "required" would read as "too small".
    const checked = activityPlanInputSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues, t));
      return;
    }
    try {
      await client.call('activities.plan', input);
      push({ tone: 'success', message: t('activities.tasks.planned') });
      setSubject('');
      setErrors({});
    } catch (failure) {
      const refused = serverFieldErrors(failure, t);
      if (refused) setErrors(refused);
      else reportError(failure);
    }
  };

  return (
    <form className="plan-task" onSubmit={submit} noValidate data-testid="plan-task">
      <Select
        className="plan-task-type"
        aria-label={t('activities.tasks.type')}
        value={type}
        aria-invalid={errors['type'] ? true : undefined}
        onChange={(event) => setType(event.target.value as ActivityType)}
      >
        {taskTypes.map((option) => (
          <option key={option} value={option}>
            {t(`activities.type.${option}`)}
          </option>
        ))}
      </Select>
      <input
        className="input plan-task-subject"
        aria-label={t('activities.fields.subject')}
        placeholder={t('activities.tasks.subjectPlaceholder')}
        ref={subjectBox}
        value={subject}
        maxLength={300}
        aria-invalid={errors['subject'] ? true : undefined}
        onChange={(event) => setSubject(event.target.value)}
      />
      <input
        className="input plan-task-due"
        type="datetime-local"
        aria-label={t('activities.fields.dueAt')}
        value={due}
        aria-invalid={errors['dueAt'] ? true : undefined}
        onChange={(event) => setDue(event.target.value)}
      />
      <OwnerPicker
        className="plan-task-owner"
        aria-label={t('activities.fields.owner')}
        value={ownerId}
        aria-invalid={errors['ownerId'] ? true : undefined}
        onChange={setPickedOwner}
      />
      <button type="submit" className="button button-primary plan-task-submit">
        {t('activities.tasks.add')}
      </button>
      {Object.keys(errors).length > 0 ? (
        <p className="field-error plan-task-error" role="alert">
          {Object.entries(errors)
            .map(([field, message]) => (FIELD_LABELS[field] ? `${t(FIELD_LABELS[field])}: ${message}` : message))
            .join(' ')}
        </p>
      ) : null}
    </form>
  );
};
