import type { Persona } from '@shared/contract/schemas/personas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { RecordListCard } from '../../../ui/RecordListCard';
import { ensurePersonaMessages } from '../utils/ensurePersonaMessages';
import { PersonaDialog } from './PersonaDialog';
import '../../segments/components/Segments.css';

/** Settings → Buyer personas: who the team sells to, each with how many contacts carry it. */
export const PersonasCard = () => {
  const { t, i18n } = useTranslation();
  ensurePersonaMessages(i18n);
  const client = useClient();
  const personas = useLiveQuery('personas.list', {}, ['personas', 'contacts']).data;
  const [editing, setEditing] = useState<{ persona?: Persona } | null>(null);
  return (
    <RecordListCard
      name="personas"
      testId="personas-card"
      rowTestId="persona-row"
      title={t('personas.title')}
      hint={t('personas.hint')}
      addLabel={t('personas.add')}
      emptyText={t('personas.empty')}
      records={personas}
      onAdd={() => setEditing({})}
      onEdit={(persona) => setEditing({ persona })}
      renderMain={(persona) => (
        <>
          <span className="icp-profile-name">{persona.name}</span>
          <div className="icp-profile-summary muted">
            {[persona.role, persona.channels.map((channel) => t(`personas.channels.${channel}`)).join(', ')]
              .filter(Boolean)
              .join(' · ')}
          </div>
          <div className="icp-profile-summary muted">{t('personas.contacts', { count: persona.contacts })}</div>
        </>
      )}
      deleteLabel={(persona) => t('personas.deleteLabel', { name: persona.name })}
      deleteConfirm={(persona) => t('personas.deleteConfirm', { name: persona.name })}
      onDelete={(persona) => client.call('personas.delete', { id: persona.id })}
    >
      {editing ? <PersonaDialog persona={editing.persona} onClose={() => setEditing(null)} /> : null}
    </RecordListCard>
  );
};
