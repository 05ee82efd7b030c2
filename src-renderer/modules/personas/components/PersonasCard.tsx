import type { Persona } from '@shared/contract/schemas/personas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useSaver } from '../../stagesSettings/hooks/useSaver';
import { ensurePersonaMessages } from '../utils/ensurePersonaMessages';
import { PersonaDialog } from './PersonaDialog';
import '../../icp/components/Icp.css';
import '../../segments/components/Segments.css';

/** Settings → Buyer personas: who the team sells to, each with how many contacts carry it. */
export const PersonasCard = () => {
  const { t, i18n } = useTranslation();
  ensurePersonaMessages(i18n);
  const client = useClient();
  const save = useSaver();
  const personas = useLiveQuery('personas.list', {}, ['personas', 'contacts']).data;
  const [editing, setEditing] = useState<{ persona?: Persona } | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  return (
    <section className="card campaigns-card" aria-labelledby="personas-title" data-testid="personas-card">
      <header className="campaigns-card-header">
        <div className="campaigns-card-title">
          <h2 id="personas-title">{t('personas.title')}</h2>
          <p className="muted">{t('personas.hint')}</p>
        </div>
        <button type="button" className="button" onClick={() => setEditing({})}>
          {t('personas.add')}
        </button>
      </header>
      {!personas ? (
        <p className="muted campaigns-pad">{t('common.loading')}</p>
      ) : personas.length === 0 ? (
        <p className="muted campaigns-pad">{t('personas.empty')}</p>
      ) : (
        <ul className="icp-profile-list" aria-labelledby="personas-title">
          {personas.map((persona) => (
            <li key={persona.id} className="icp-profile-row" data-testid="persona-row">
              <div className="icp-profile-main">
                <span className="icp-profile-name">{persona.name}</span>
                <div className="icp-profile-summary muted">
                  {[persona.role, persona.channels.map((channel) => t(`personas.channels.${channel}`)).join(', ')]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                <div className="icp-profile-summary muted">{t('personas.contacts', { count: persona.contacts })}</div>
              </div>
              <div className="icp-profile-actions">
                <button type="button" className="button button-small" onClick={() => setEditing({ persona })}>
                  {t('common.actions.edit')}
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  aria-label={t('personas.deleteLabel', { name: persona.name })}
                  onClick={async () => {
                    if (window.confirm(t('personas.deleteConfirm', { name: persona.name }))) {
                      setRowError(await save(() => client.call('personas.delete', { id: persona.id })));
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
      {rowError ? <p className="field-error campaigns-pad">{rowError}</p> : null}
      {editing ? <PersonaDialog persona={editing.persona} onClose={() => setEditing(null)} /> : null}
    </section>
  );
};
