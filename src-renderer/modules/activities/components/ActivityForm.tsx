import {
  ACTIVITY_TYPES,
  type Activity,
  type ActivityType,
  CALL_OUTCOMES,
  NURTURE_CONTENTS,
  NURTURE_ENGAGEMENTS,
} from '@shared/contract/schemas/activities';
import { ACTIVITY_DETAIL_TYPES } from '@shared/domain/activities/activityDetailTypes';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Field } from '../../../ui/form/Field';
import type { FieldErrors } from '../../../ui/form/fieldErrors';
import { Select } from '../../../ui/form/Select';
import { serverFieldErrors } from '../../../ui/form/serverFieldErrors';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import {
  type ActivityFormValues,
  activityFormInput,
  activityToFormValues,
  emptyActivityForm,
} from '../utils/activityFormValues';
import '../../../ui/form/FormGrid.css';
import './ActivityForm.css';

/** A task is planned, not logged: the log form offers what happened. */
const LOGGABLE: readonly ActivityType[] = ACTIVITY_TYPES.filter((type) => type !== 'task');

/** The record a new activity is logged on; the core fills the rest (a deal's company and contact). */
export type ActivityLinks = {
  dealId?: string | undefined;
  companyId?: string | undefined;
  contactId?: string | undefined;
};

export type ActivityFormProps = {
  links: ActivityLinks;
  currency: string;
  /** Editing this activity; absent: logging a new one. */
  activity?: Activity | undefined;
  /** Completing this task by logging what did it (one write: the task becomes the activity). */
  completing?: Activity | undefined;
  onDone(): void;
  /** After a successful save, before `onDone`. */
  onSaved?(): void;
};

/** Errors of `durationSec`/`amountMinor` belong to the boxes that typed them. */
const fieldOf = (path: string) => (path === 'durationSec' ? 'durationMin' : path === 'amountMinor' ? 'amount' : path);

/** Log a call, e-mail, meeting, demo, presentation, proposal, nurture touch or note; or edit one. */
export const ActivityForm = ({ links, currency, activity, completing, onDone, onSaved }: ActivityFormProps) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const { timeZone } = useDateFormat();
  const [values, setValues] = useState<ActivityFormValues>(() =>
    activity
      ? activityToFormValues(activity, timeZone, currency)
      : {
          ...emptyActivityForm(Date.now(), timeZone, currency),
          ...(completing
            ? { type: completing.type === 'task' ? 'call' : completing.type, subject: completing.subject }
            : {}),
        },
  );
  const [initialDoneAt] = useState(values.doneAt);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const change = (field: keyof ActivityFormValues, value: string) => setValues((old) => ({ ...old, [field]: value }));
  const shows = (field: keyof typeof ACTIVITY_DETAIL_TYPES) => ACTIVITY_DETAIL_TYPES[field].includes(values.type);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const input = activityFormInput(values, timeZone, initialDoneAt);
      if (completing) {
        const { subject: _subject, doneAt, ...log } = input;
        await client.call('activities.complete', {
          id: completing.id,
          log,
          ...(typeof doneAt === 'number' ? { doneAt } : {}),
        });
        // Undo as after a plain complete: the task is open again (what was logged stays on it).
        push({
          tone: 'success',
          message: t('activities.tasks.completed'),
          action: {
            label: t('activities.log.undo'),
            run: () => void client.call('activities.reopen', { id: completing.id }).catch(reportError),
          },
        });
      } else if (activity) {
        await client.call('activities.update', { id: activity.id, patch: input });
        push({ tone: 'success', message: t('activities.log.updated') });
      } else {
        await client.call('activities.log', {
          ...input,
          ...(links.dealId ? { dealId: links.dealId } : {}),
          ...(links.companyId ? { companyId: links.companyId } : {}),
          ...(links.contactId ? { contactId: links.contactId } : {}),
        });
        push({ tone: 'success', message: t('activities.log.saved') });
      }
      onSaved?.();
      onDone();
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, t, fieldOf);
      if (fieldErrors) setErrors(fieldErrors);
      else reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const select = (field: keyof ActivityFormValues, label: string, options: readonly string[], prefix: string) => (
    <div className="span-3">
      <Field id={`activity-${field}`} label={label} error={errors[field]}>
        <Select id={`activity-${field}`} value={values[field]} onChange={(event) => change(field, event.target.value)}>
          <option value="">{t('activities.log.none')}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {t(`${prefix}.${option}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );

  const text = (field: keyof ActivityFormValues, label: string, span: 2 | 3 | 6, type = 'text') => (
    <div className={`span-${span}`}>
      <Field id={`activity-${field}`} label={label} error={errors[field]}>
        <input
          id={`activity-${field}`}
          className="input"
          type={type}
          autoComplete="off"
          value={values[field]}
          onChange={(event) => change(field, event.target.value)}
        />
      </Field>
    </div>
  );

  return (
    <form className="record-form activity-form" noValidate onSubmit={submit} data-testid="activity-form">
      <div className="modal-body form-grid">
        <fieldset className="span-6 activity-types">
          <legend className="field-label">{t('activities.fields.type')}</legend>
          {LOGGABLE.map((type, index) => (
            <label key={type} className="activity-type" data-checked={values.type === type ? 'true' : undefined}>
              <input
                type="radio"
                name="activity-type"
                value={type}
                checked={values.type === type}
                data-autofocus={
                  values.type === type || (index === 0 && !LOGGABLE.includes(values.type)) ? '' : undefined
                }
                onChange={() => change('type', type)}
              />
              {t(`activities.type.${type}`)}
            </label>
          ))}
        </fieldset>
        {shows('direction')
          ? select('direction', t('activities.fields.direction'), ['outbound', 'inbound'], 'activities.direction')
          : null}
        {shows('outcome')
          ? select('outcome', t('activities.fields.outcome'), CALL_OUTCOMES, 'activities.outcome')
          : null}
        {shows('durationSec') ? text('durationMin', t('activities.fields.durationMin'), 3, 'number') : null}
        {shows('amountMinor') ? text('amount', t('activities.fields.amount'), 3) : null}
        {shows('fileRef') ? text('fileRef', t('activities.fields.fileRef'), 3) : null}
        {shows('contentKind')
          ? select('contentKind', t('activities.fields.contentKind'), NURTURE_CONTENTS, 'activities.contentKind')
          : null}
        {shows('engagement')
          ? select('engagement', t('activities.fields.engagement'), NURTURE_ENGAGEMENTS, 'activities.engagement')
          : null}
        {text('doneAt', t('activities.fields.doneAt'), 3, 'datetime-local')}
        {text('subject', t('activities.fields.subject'), 6)}
        <div className="span-6">
          <Field id="activity-body" label={t('activities.fields.body')} error={errors['body']}>
            <textarea
              id="activity-body"
              className="input"
              rows={3}
              value={values.body}
              onChange={(event) => change('body', event.target.value)}
            />
          </Field>
        </div>
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onDone}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy} data-testid="activity-submit">
          {activity ? t('activities.log.saveEdit') : t('activities.log.save')}
        </button>
      </footer>
    </form>
  );
};
