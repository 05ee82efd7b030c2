import { displayName } from '@shared/i18n/displayName';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Icon } from '../../../ui/Icon';
import { AddByNameForm } from '../../stagesSettings/components/AddByNameForm';
import { InlineText } from '../../stagesSettings/components/InlineText';
import { useSaver } from '../../stagesSettings/hooks/useSaver';

/** Settings → lead sources: rename in place, archive and restore, add. */
export const SourcesCard = () => {
  const { t } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const [showArchived, setShowArchived] = useState(false);
  const sources = useLiveQuery('leadSources.list', { includeArchived: showArchived }, ['lead_sources']).data;
  const [rowError, setRowError] = useState<string | null>(null);

  return (
    <section className="card campaigns-card" aria-labelledby="sources-title" data-testid="sources-card">
      <header className="campaigns-card-header">
        <div className="campaigns-card-title">
          <h2 id="sources-title">{t('campaigns.sources.title')}</h2>
          <p className="muted">{t('campaigns.sources.hint')}</p>
        </div>
        <label className="campaigns-toggle">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          {t('campaigns.sources.showArchived')}
        </label>
      </header>
      {sources ? (
        <ul className="source-list" aria-labelledby="sources-title">
          {sources.map((source) => {
            const sourceName = displayName(source, t, 'leadSource');
            const archived = source.archivedAt !== null;
            return (
              <li key={source.id} className={archived ? 'source-row is-archived' : 'source-row'}>
                <InlineText
                  value={sourceName}
                  label={t('campaigns.sources.name')}
                  onSave={(text) => save(() => client.call('leadSources.rename', { id: source.id, name: text }))}
                />
                {archived ? (
                  <>
                    <span className="badge">{t('campaigns.sources.archived')}</span>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={async () =>
                        setRowError(await save(() => client.call('leadSources.unarchive', { id: source.id })))
                      }
                    >
                      {t('campaigns.sources.unarchive')}
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('campaigns.sources.archive', { name: sourceName })}
                    title={t('campaigns.sources.archive', { name: sourceName })}
                    onClick={async () =>
                      setRowError(await save(() => client.call('leadSources.archive', { id: source.id })))
                    }
                  >
                    <Icon name="trash" size={16} />
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted campaigns-pad">{t('common.loading')}</p>
      )}
      {rowError ? <p className="field-error campaigns-pad">{rowError}</p> : null}
      <AddByNameForm
        className="source-add"
        label={t('campaigns.sources.newLabel')}
        placeholder={t('campaigns.sources.newPlaceholder')}
        addLabel={t('campaigns.sources.add')}
        create={(name) => client.call('leadSources.create', { name })}
      />
    </section>
  );
};
