import { MAX_CARD_FIELDS, type Pipeline } from '@shared/contract/schemas/pipelines';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import { displayName } from '@shared/i18n/displayName';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLanguage } from '../../../platform/useLanguage';
import { useSavesInOrder } from '../../../ui/useSavesInOrder';
import { useCustomFields } from '../../customFields/hooks/useCustomFields';
import { useSaver } from '../hooks/useSaver';

/**
 * Which deal custom fields the pipeline's board cards show as chips: up to three, ticked in a list
 * of the active deal fields and kept in the fields' own order (Settings → Custom fields orders
 * them). Each tick saves at once; with three ticked the rest wait until one is unticked.
 */
export const CardFieldsCard = ({ pipeline }: { pipeline: Pipeline }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const save = useSaver();
  const fields = useCustomFields('deal');
  const [error, setError] = useState<string | null>(null);
  // The ticks show at once and are saved in their order; a refusal puts the saved list back.
  const choice = useSavesInOrder(pipeline.cardFieldIds);
  const chosen = new Set(choice.shown);
  const full = (fields ?? []).filter((field) => chosen.has(field.id)).length >= MAX_CARD_FIELDS;

  const toggle = (fieldId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(fieldId);
    else next.delete(fieldId);
    // Fields no longer active drop out of the choice with the next save.
    const fieldIds = (fields ?? []).map((field) => field.id).filter((id) => next.has(id));
    void choice.save(fieldIds, async () => {
      const problem = await save(() => client.call('pipelines.setCardFields', { id: pipeline.id, fieldIds }));
      setError(problem);
      return problem === null;
    });
  };

  return (
    <section className="card settings-block" aria-labelledby="card-fields-title" data-testid="card-fields-card">
      <header className="settings-block-header">
        <div className="settings-block-title">
          <h3 id="card-fields-title">{t('stagesSettings.cardFields.title')}</h3>
          <p className="muted">{t('stagesSettings.cardFields.hint', { count: MAX_CARD_FIELDS })}</p>
        </div>
      </header>
      {fields && fields.length === 0 ? (
        <p className="card-fields-empty">
          <span className="muted">{t('stagesSettings.cardFields.none')}</span>{' '}
          <a className="link-button" href="#/settings">
            {t('stagesSettings.cardFields.create')}
          </a>
        </p>
      ) : (
        <fieldset className="card-fields-list">
          <legend className="visually-hidden">
            {t('stagesSettings.cardFields.choose', { name: displayName(pipeline, t, 'pipeline') })}
          </legend>
          {(fields ?? []).map((field) => {
            const on = chosen.has(field.id);
            return (
              <label key={field.id} className={on ? 'card-field is-chosen' : 'card-field'}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && full}
                  onChange={(event) => toggle(field.id, event.target.checked)}
                />
                <span>{customFieldName(field, language)}</span>
                <span className="muted card-field-type">{t(`customFields.types.${field.type}`)}</span>
              </label>
            );
          })}
        </fieldset>
      )}
      {full ? (
        <p className="muted card-fields-full">{t('stagesSettings.cardFields.full', { count: MAX_CARD_FIELDS })}</p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
};
