import type { CustomField } from '@shared/contract/schemas/customFields';
import { CUSTOM_FIELD_ENTITIES, type CustomFieldEntity } from '@shared/domain/customFields/customFieldKinds';
import { displayName } from '@shared/i18n/displayName';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Icon } from '../../../ui/Icon';
import { useSaver } from '../../stagesSettings/hooks/useSaver';
import { useAllStages } from '../hooks/useAllStages';
import { useCustomFields } from '../hooks/useCustomFields';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import { CustomFieldDialog } from './CustomFieldDialog';
import { useShownOrder } from '../hooks/useShownOrder';
import './CustomFields.css';

/** Settings → Custom fields: define, edit, reorder and archive the fields of each kind of record. */
export const CustomFieldsCard = () => {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const [entity, setEntity] = useState<CustomFieldEntity>('deal');
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<CustomField | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fields = useCustomFields(entity, showArchived);
  const pipelines = useAllStages();
  const { active, listed, save: saveOrder } = useShownOrder(fields);
  const stageName = (id: string | null) => {
    const stage = pipelines?.flatMap((pipeline) => pipeline.stages).find((s) => s.id === id);
    return stage ? displayName(stage, t, 'stage') : '…';
  };
  const run = async (write: () => Promise<unknown>) => setError(await save(write));
  // One place up or down, built on the order shown: a second click before the list reloads moves
  // the field on from where the first one put it.
  const move = (field: CustomField, by: -1 | 1) => {
    const from = active.indexOf(field);
    const neighbour = active[from + by];
    if (from < 0 || !neighbour) return;
    const ids = active.map((item) => item.id);
    ids.splice(from, 1);
    ids.splice(from + by, 0, field.id);
    const anchor = by < 0 ? { beforeId: neighbour.id } : { afterId: neighbour.id };
    void saveOrder(ids, async () => {
      const problem = await save(() => client.call('customFields.reorder', { id: field.id, ...anchor }));
      setError(problem);
      return problem === null;
    });
  };

  const requiredText = (field: CustomField) =>
    field.required === 'always'
      ? t('customFields.requiredAlways')
      : field.required === 'stage'
        ? t('customFields.requiredAt', { stage: stageName(field.requiredStageId) })
        : null;

  return (
    <section className="card cf-card" aria-labelledby="cf-title" data-testid="custom-fields-card">
      <header className="cf-card-header">
        <div>
          <h2 id="cf-title">{t('customFields.title')}</h2>
          <p className="muted">{t('customFields.hint')}</p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          <Icon name="plus" size={18} />
          {t('customFields.add')}
        </button>
      </header>
      <div className="cf-toolbar">
        <div className="segmented" role="radiogroup" aria-label={t('customFields.entitiesLabel')}>
          {CUSTOM_FIELD_ENTITIES.map((kind) => (
            <label key={kind}>
              <input type="radio" name="cf-entity" checked={entity === kind} onChange={() => setEntity(kind)} />
              {t(`customFields.entities.${kind}`)}
            </label>
          ))}
        </div>
        <label className="cf-toggle">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          {t('customFields.showArchived')}
        </label>
      </div>
      {fields === null ? (
        <p className="muted cf-pad">{t('common.loading')}</p>
      ) : fields.length === 0 ? (
        <p className="muted cf-pad">{t('customFields.empty')}</p>
      ) : (
        <ul className="cf-list" aria-labelledby="cf-title">
          {listed.map((field) => {
            const name = customFieldName(field, i18n.language);
            const archived = field.archivedAt !== null;
            const index = active.indexOf(field);
            const required = requiredText(field);
            return (
              <li key={field.id} className={archived ? 'cf-row is-archived' : 'cf-row'}>
                <div className="cf-row-main">
                  <span className="cf-row-name" title={name}>
                    {name}
                  </span>
                  <span className="cf-row-meta">
                    <span className="badge">{t(`customFields.types.${field.type}`)}</span>
                    {required ? <span className="badge cf-badge-required">{required}</span> : null}
                    {archived ? <span className="badge">{t('customFields.archived')}</span> : null}
                    {field.options
                      .filter((option) => option.archivedAt === null)
                      .slice(0, 6)
                      .map((option) => (
                        <span key={option.id} className={`cf-chip cf-colour-${option.colour}`}>
                          {option.label}
                        </span>
                      ))}
                    <span className="muted cf-key">{t('customFields.key', { key: field.key })}</span>
                  </span>
                </div>
                {archived ? (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => run(() => client.call('customFields.restore', { id: field.id }))}
                  >
                    {t('customFields.restore')}
                  </button>
                ) : (
                  <div className="cf-row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('customFields.moveUp', { name })}
                      title={t('customFields.moveUp', { name })}
                      disabled={index <= 0}
                      onClick={() => move(field, -1)}
                    >
                      <Icon name="chevronUp" size={16} />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('customFields.moveDown', { name })}
                      title={t('customFields.moveDown', { name })}
                      disabled={index >= active.length - 1}
                      onClick={() => move(field, 1)}
                    >
                      <Icon name="chevronDown" size={16} />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('customFields.edit', { name })}
                      title={t('customFields.edit', { name })}
                      onClick={() => setEditing(field)}
                    >
                      <Icon name="edit" size={16} />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('customFields.archive', { name })}
                      title={t('customFields.archive', { name })}
                      onClick={() => run(() => client.call('customFields.archive', { id: field.id }))}
                    >
                      <Icon name="archive" size={16} />
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {error ? <p className="field-error cf-pad">{error}</p> : null}
      {editing ? (
        <CustomFieldDialog
          entity={entity}
          field={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
};
