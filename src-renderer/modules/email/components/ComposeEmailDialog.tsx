import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import { Modal } from '../../../ui/Modal/Modal';
import { Select } from '../../../ui/form/Select';
import { serverFieldErrors } from '../../../ui/form/serverFieldErrors';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useEmailError } from '../hooks/useEmailError';
import { ensureEmailMessages } from '../utils/ensureEmailMessages';
import { OutboxList } from './OutboxList';
import './Email.css';

type Draft = { templateId: string | null; to: string; subject: string; body: string };

/**
 * The deal drawer's e-mail: pick a template, see it filled for this deal, edit it, and queue it.
 * The outbox sends it (or, with no SMTP account, it waits to be opened in the mail app); once sent
 * it is an e-mail activity on the deal. The deal's earlier messages are listed under the form.
 */
export const ComposeEmailDialog = ({ dealId, onClose }: { dealId: string; onClose(): void }) => {
  const { t, i18n } = useTranslation();
  ensureEmailMessages(i18n);
  const language = useLanguage();
  const client = useClient();
  const push = useToastStore((store) => store.push);
  const errorText = useEmailError();
  const templates = useLiveQuery('email.templates.list', {}, ['email_templates']).data;
  const sent = useLiveQuery('email.outbox.list', { dealId }, ['email_outbox']).data ?? [];
  const smtp = useLiveQuery('email.smtp.get', {}, ['smtp_settings']).data;
  // The picked template (undefined: the first one, once the list is there; null: a blank message).
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const templateId = picked === undefined ? (templates?.[0]?.id ?? null) : picked;
  const template = templates?.find((candidate) => candidate.id === templateId);
  // The template filled for this deal, refilled when the deal, its contact or the template change.
  const rendered = useLiveQuery(
    'email.render',
    templates
      ? {
          dealId,
          language: template?.language ?? language,
          subject: template?.subject ?? '',
          body: template?.body ?? '',
        }
      : null,
    ['deals', 'contacts', 'companies', 'users', 'email_templates', 'settings'],
  ).data;
  // What the user typed over the filled text (per template: picking another starts from its text).
  const [edits, setEdits] = useState<{ templateId: string | null; values: Partial<Pick<Draft, 'subject' | 'body'>> }>({
    templateId: null,
    values: {},
  });
  const own = edits.templateId === templateId ? edits.values : {};
  // The address outlives a change of template.
  const [typedTo, setTypedTo] = useState<string | null>(null);
  const draft: Draft = {
    templateId,
    to: typedTo ?? rendered?.to ?? '',
    subject: own.subject ?? rendered?.subject ?? '',
    body: own.body ?? rendered?.body ?? '',
  };
  const noAddress = rendered != null && rendered.to === null;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Pick<Draft, 'subject' | 'body'>>) =>
    setEdits((was) => ({ templateId, values: { ...(was.templateId === templateId ? was.values : {}), ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await client.call('email.queue', { dealId, ...draft, to: draft.to.trim() });
      push({ tone: 'success', message: t('email.compose.queued') });
      onClose();
    } catch (failure) {
      const fields = serverFieldErrors(failure, t);
      if (fields) setErrors(fields);
      else setProblem(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (name: string) =>
    errors[name] ? (
      <span className="field-error" role="alert">
        {errors[name]}
      </span>
    ) : null;

  return (
    <Modal open title={t('email.compose.title')} onClose={onClose} width="wide">
      <form noValidate onSubmit={submit} data-testid="compose-email-form">
        <div className="modal-body email-compose">
          <div className="email-template-head">
            <label className="email-field">
              <span className="field-label">{t('email.compose.template')}</span>
              <Select
                aria-label={t('email.compose.template')}
                value={draft.templateId ?? ''}
                onChange={(e) => setPicked(e.target.value || null)}
              >
                <option value="">{t('email.compose.blank')}</option>
                {(templates ?? []).map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
              </Select>
            </label>
            <label className="email-field">
              <span className="field-label">{t('email.compose.to')}</span>
              <input className="input" type="email" value={draft.to} onChange={(e) => setTypedTo(e.target.value)} />
              {fieldError('to')}
              {noAddress && draft.to === '' ? <span className="muted">{t('email.compose.noContactEmail')}</span> : null}
            </label>
          </div>
          <label className="email-field">
            <span className="field-label">{t('email.compose.subject')}</span>
            <input
              className="input"
              value={draft.subject}
              maxLength={300}
              onChange={(e) => set({ subject: e.target.value })}
            />
            {fieldError('subject')}
          </label>
          <label className="email-field">
            <span className="field-label">{t('email.compose.body')}</span>
            <textarea
              className="input email-body"
              rows={9}
              value={draft.body}
              onChange={(e) => set({ body: e.target.value })}
            />
            {fieldError('body')}
          </label>
          {problem ? (
            <p className="field-error" role="alert">
              {problem}
            </p>
          ) : null}
          {sent.length > 0 && smtp ? (
            <div className="email-compose-history">
              <span className="field-label">{t('email.compose.dealOutbox')}</span>
              <OutboxList items={sent} smtpConfigured={smtp.settings !== null} showDeal={false} />
            </div>
          ) : null}
        </div>
        <footer className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            {t('email.templates.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || draft.to.trim() === '' || draft.subject.trim() === ''}
          >
            {t('email.compose.queue')}
          </button>
        </footer>
      </form>
    </Modal>
  );
};
