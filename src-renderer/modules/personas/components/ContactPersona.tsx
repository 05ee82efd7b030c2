import { foldText } from '@shared/domain/foldText';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { ensurePersonaMessages } from '../utils/ensurePersonaMessages';

/** On a contact's page: the persona its Persona field names — how to sell to this person. */
export const ContactPersona = ({ persona }: { persona: string | null }) => {
  const { t, i18n } = useTranslation();
  ensurePersonaMessages(i18n);
  const personas = useLiveQuery('personas.list', {}, ['personas']).data;
  if (!persona || !personas) return null;
  const match = personas.find((candidate) => foldText(candidate.name) === foldText(persona));
  if (!match) return null;
  const rows = (['role', 'goals', 'pains', 'objections'] as const).filter((field) => match[field]);
  return (
    <section className="card icp-fit-card" data-testid="contact-persona" aria-labelledby="contact-persona-title">
      <h2 id="contact-persona-title">{match.name}</h2>
      <dl className="persona-facts">
        {rows.map((field) => (
          <div key={field}>
            <dt className="muted">{t(`personas.fields.${field}`)}</dt>
            <dd>{match[field]}</dd>
          </div>
        ))}
        {match.channels.length > 0 ? (
          <div>
            <dt className="muted">{t('personas.fields.channels')}</dt>
            <dd>{match.channels.map((channel) => t(`personas.channels.${channel}`)).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
};
