import type { EmailTemplate } from '@shared/contract/schemas/email';
import type { Language } from '@shared/contract/schemas/common';
import { TEMPLATE_VARIABLES } from '@shared/domain/email/TEMPLATE_VARIABLES';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import { Modal } from '../../../ui/Modal/Modal';
import { Select } from '../../../ui/form/Select';
import { useFormSave } from '../../../ui/form/useFormSave';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import '../../../ui/form/FormGrid.css';

type Draft = { name: string; language: Language; subject: string; body: string };

/**
 * Writes or edits a template: the variables to insert at the cursor, and beside the text a live
 * preview filled for a sample deal, naming any variable that does not exist.
 */
export const TemplateDialog = ({ template, onClose }: { template?: EmailTemplate | undefined; onClose(): void }) => {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const client = useClient();
  const [draft, setDraft] = useState<Draft>(
    template
      ? { name: template.name, language: template.language, subject: template.subject, body: template.body }
      : { name: '', language: uiLanguage, subject: '', body: '' },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, save } = useFormSave(setErrors);
  const body = useRef<HTMLTextAreaElement>(null);
  // Debounced as text: a new object each render would restart the wait forever.
  const previewKey = useDebouncedValue(
    JSON.stringify({
      language: draft.language,
      subject: draft.subject.slice(0, 300),
      body: draft.body.slice(0, 20_000),
    }),
    200,
  );
  const preview = useLiveQuery('email.render', { dealId: null, ...(JSON.parse(previewKey) as Omit<Draft, 'name'>) }, [
    'settings',
  ]).data;
  const set = (patch: Partial<Draft>) => setDraft((was) => ({ ...was, ...patch }));

  /** Puts `{{name}}` where the cursor is in the text (or at its end). */
  const insert = (name: string) => {
    const area = body.current;
    const at = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? at;
    const token = `{{${name}}}`;
    set({ body: draft.body.slice(0, at) + token + draft.body.slice(end) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!draft.name.trim()) missing.name = t('issues.required');
    if (!draft.subject.trim()) missing.subject = t('issues.required');
    if (Object.keys(missing).length > 0) return setErrors(missing);
    await save(async () => {
      if (template) await client.call('email.templates.update', { id: template.id, patch: draft });
      else await client.call('email.templates.create', draft);
      onClose();
    });
  };

  const fieldError = (name: string) =>
    errors[name] ? (
      <span className="field-error" role="alert">
        {errors[name]}
      </span>
    ) : null;

  return (
    <Modal open title={t('email.templates.editTitle')} onClose={onClose} width="xwide">
      {/* A record form: the text scrolls between the fixed title and buttons (720 px high, with errors shown). */}
      <form className="record-form" noValidate onSubmit={submit} data-testid="email-template-form">
        <div className="modal-body email-template-editor">
          <div className="email-template-fields">
            <div className="email-template-head">
              <label className="email-field">
                <span className="field-label">{t('email.templates.fields.name')}</span>
                <input
                  className="input"
                  data-autofocus
                  value={draft.name}
                  maxLength={120}
                  onChange={(e) => set({ name: e.target.value })}
                />
                {fieldError('name')}
              </label>
              <label className="email-field">
                <span className="field-label">{t('email.templates.fields.language')}</span>
                <Select
                  aria-label={t('email.templates.fields.language')}
                  value={draft.language}
                  onChange={(e) => set({ language: e.target.value as Language })}
                >
                  {(['ru', 'en'] as const).map((language) => (
                    <option key={language} value={language}>
                      {t(`email.templates.languages.${language}`)}
                    </option>
                  ))}
                </Select>
              </label>
            </div>
            <label className="email-field">
              <span className="field-label">{t('email.templates.fields.subject')}</span>
              <input
                className="input"
                value={draft.subject}
                maxLength={300}
                onChange={(e) => set({ subject: e.target.value })}
              />
              {fieldError('subject')}
            </label>
            <label className="email-field">
              <span className="field-label">{t('email.templates.fields.body')}</span>
              <textarea
                ref={body}
                className="input email-body"
                rows={10}
                value={draft.body}
                onChange={(e) => set({ body: e.target.value })}
              />
              {fieldError('body')}
            </label>
            <div className="email-variables" role="group" aria-label={t('email.templates.variables')}>
              <span className="field-label">{t('email.templates.variables')}</span>
              {TEMPLATE_VARIABLES.map((name) => (
                <button
                  key={name}
                  type="button"
                  className="email-variable"
                  aria-label={t('email.templates.insert', { name })}
                  onClick={() => insert(name)}
                >
                  {name}
                </button>
              ))}
            </div>
          </div>
          <aside
            className="email-preview"
            aria-label={t('email.templates.preview')}
            data-testid="email-template-preview"
          >
            <span className="field-label">{t('email.templates.preview')}</span>
            <div className="email-preview-subject">{preview?.subject ?? ''}</div>
            <div className="email-preview-body">{preview?.body ?? ''}</div>
            {preview && preview.unknown.length > 0 ? (
              <p className="field-error" role="alert" data-testid="email-template-unknown">
                {t('email.templates.unknown', { names: preview.unknown.join(', ') })}
              </p>
            ) : null}
          </aside>
        </div>
        <footer className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            {t('email.templates.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('email.templates.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
};
