import { RpcFailure } from '@shared/contract/createClient';
import { referenceNameSchema } from '@shared/contract/schemas/reference';
import { displayName } from '@shared/i18n/displayName';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribeToHash } from '../../../app/subscribeToHash';
import { useClient } from '../../../platform/ClientContext';
import { Field } from '../../../ui/form/Field';
import { fieldErrorsFromIssues } from '../../../ui/form/fieldErrors';
import { Icon } from '../../../ui/Icon';
import { useUnsavedChanges } from '../../../ui/discard/useUnsavedChanges';
import { Modal } from '../../../ui/Modal/Modal';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import './LoseDealDialog.css';

export type LoseDealDialogProps = {
  /** The deal asked about; null: the dialog is closed. */
  dealTitle: string | null;
  onClose(): void;
  onConfirm(lossReasonId: string, note: string): void;
  /** The dialog's title and question when it closes several deals (the leads inbox's bulk disqualify). */
  title?: string;
  lead?: string;
};

const AddReason = ({ onAdded }: { onAdded(id: string): void }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const parsed = referenceNameSchema.safeParse(name);
    if (!parsed.success) return setError(fieldErrorsFromIssues(parsed.error.issues, t)[''] ?? t('issues.required'));
    try {
      const reason = await client.call('lossReasons.create', { name: parsed.data });
      onAdded(reason.id);
      setName('');
      setOpen(false);
    } catch (failure) {
      const issues = failure instanceof RpcFailure ? (failure.error.issues ?? []) : [];
      if (issues.length > 0) setError(Object.values(fieldErrorsFromIssues(issues, t))[0] ?? t('errors.BAD_INPUT'));
      else reportError(failure);
    }
  };

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        <Icon name="plus" size={16} />
        {t('board.lose.addReason')}
      </button>
    );
  }
  return (
    <div className="add-reason">
      <input
        className="input"
        autoFocus
        aria-label={t('board.lose.newReason')}
        placeholder={t('board.lose.newReason')}
        value={name}
        aria-invalid={error ? 'true' : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          // Enter adds the reason; it must not submit the dialog's form.
          if (event.key === 'Enter') {
            event.preventDefault();
            void add();
          }
        }}
      />
      <button type="button" className="button" onClick={() => void add()}>
        {t('board.lose.add')}
      </button>
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
};

const LoseDealForm = ({ dealTitle, lead, onClose, onConfirm }: LoseDealDialogProps & { dealTitle: string }) => {
  const { t } = useTranslation();
  const reasons = useLiveQuery('lossReasons.list', {}, ['loss_reasons']).data;
  const [reasonId, setReasonId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const groupRef = useRef<HTMLFieldSetElement>(null);
  useUnsavedChanges(reasonId !== null || note.trim() !== '');
  // Back, a link or a typed address that keeps the page (another board filter, the drawer's
  // deal) leaves the deal this asks about: the dialog closes unsaved.
  useEffect(() => subscribeToHash(onClose), [onClose]);
  const legendId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reasonId) {
      setError(t('board.lose.reasonRequired'));
      groupRef.current?.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
      return;
    }
    onConfirm(reasonId, note);
  };

  return (
    <form noValidate onSubmit={submit} data-testid="lose-form">
      <div className="modal-body">
        <p className="lose-lead">{lead ?? t('board.lose.lead', { title: dealTitle })}</p>
        <fieldset
          ref={groupRef}
          className="reason-group"
          aria-labelledby={legendId}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${legendId}-error` : undefined}
        >
          <legend id={legendId} className="field-label">
            {t('deal.fields.lossReason')}
          </legend>
          <div className="reason-options" role="radiogroup" aria-labelledby={legendId}>
            {(reasons ?? []).map((reason) => (
              <label key={reason.id} className={reasonId === reason.id ? 'reason-option is-checked' : 'reason-option'}>
                <input
                  type="radio"
                  name="lossReason"
                  value={reason.id}
                  checked={reasonId === reason.id}
                  onChange={() => {
                    setReasonId(reason.id);
                    setError(null);
                  }}
                />
                <span>{displayName(reason, t, 'lossReason')}</span>
              </label>
            ))}
          </div>
          {error ? (
            <p className="field-error" id={`${legendId}-error`} data-testid="loss-reason-error">
              {error}
            </p>
          ) : null}
          <AddReason
            onAdded={(id) => {
              setReasonId(id);
              setError(null);
            }}
          />
        </fieldset>
        <Field id="loss-note" label={t('board.lose.note')} optional>
          <textarea
            id="loss-note"
            className="input textarea"
            rows={3}
            maxLength={2000}
            placeholder={t('board.lose.notePlaceholder')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Field>
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-lost">
          {t('board.lose.submit')}
        </button>
      </footer>
    </form>
  );
};

/** "Mark as lost": a loss reason is required (from the editable list, or a new one), a note is optional. */
export const LoseDealDialog = ({ dealTitle, title, lead, onClose, onConfirm }: LoseDealDialogProps) => {
  const { t } = useTranslation();
  return (
    <Modal open={dealTitle !== null} title={title ?? t('board.lose.title')} onClose={onClose}>
      {dealTitle !== null ? (
        <LoseDealForm dealTitle={dealTitle} lead={lead} onClose={onClose} onConfirm={onConfirm} />
      ) : null}
    </Modal>
  );
};
