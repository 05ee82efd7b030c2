import type { EmailTemplate } from '@shared/contract/schemas/email';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useEmailError } from '../hooks/useEmailError';
import './Email.css';
import { ensureEmailMessages } from '../utils/ensureEmailMessages';
import { TemplateDialog } from './TemplateDialog';

/** Settings → E-mail templates: the team's shared texts, each in the language it is written in. */
export const EmailTemplatesCard = () => {
  const { t, i18n } = useTranslation();
  ensureEmailMessages(i18n);
  const client = useClient();
  const errorText = useEmailError();
  const templates = useLiveQuery('email.templates.list', {}, ['email_templates']).data;
  const [editing, setEditing] = useState<{ template?: EmailTemplate } | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  return (
    <section className="card email-card" aria-labelledby="email-templates-title" data-testid="email-templates-card">
      <header className="email-card-header email-card-header-row">
        <div>
          <h2 id="email-templates-title">{t('email.templates.title')}</h2>
          <p className="muted">{t('email.templates.hint', { example: '{{deal.title}}' })}</p>
        </div>
        <button type="button" className="button" onClick={() => setEditing({})}>
          {t('email.templates.add')}
        </button>
      </header>
      {!templates ? (
        <p className="muted email-pad">{t('common.loading')}</p>
      ) : templates.length === 0 ? (
        <p className="muted email-pad">{t('email.templates.empty')}</p>
      ) : (
        <ul className="email-list" aria-labelledby="email-templates-title">
          {templates.map((template) => (
            <li key={template.id} className="email-row" data-testid="email-template-row">
              <div className="email-row-main">
                <span className="email-row-name">{template.name}</span>
                <span className="muted email-row-line">
                  {t(`email.templates.languages.${template.language}`)} · {template.subject}
                </span>
              </div>
              <div className="email-row-actions">
                <button type="button" className="button button-small" onClick={() => setEditing({ template })}>
                  {t('common.actions.edit')}
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  aria-label={t('email.templates.deleteLabel', { name: template.name })}
                  onClick={async () => {
                    if (!window.confirm(t('email.templates.deleteConfirm', { name: template.name }))) return;
                    try {
                      await client.call('email.templates.delete', { id: template.id });
                      setRowError(null);
                    } catch (failure) {
                      setRowError(errorText(failure));
                    }
                  }}
                >
                  {t('common.actions.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {rowError ? <p className="field-error email-pad">{rowError}</p> : null}
      {editing ? <TemplateDialog template={editing.template} onClose={() => setEditing(null)} /> : null}
    </section>
  );
};
