import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Icon } from '../../../ui/Icon';

import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useSaver } from '../hooks/useSaver';
import { AddByNameForm } from './AddByNameForm';
import { InlineText } from './InlineText';
import { SortableRows } from './SortableRows';

/** The reasons a rep picks from when a deal is lost: rename, reorder, archive, add. */
export const LossReasonsCard = () => {
  const { t } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const reasons = useLiveQuery('lossReasons.list', {}, ['loss_reasons']).data;
  return (
    <section className="card settings-block" aria-labelledby="loss-reasons-title" data-testid="loss-reasons-card">
      <header className="settings-block-header">
        <div className="settings-block-title">
          <h3 id="loss-reasons-title">{t('stagesSettings.reasons.title')}</h3>
          <p className="muted">{t('stagesSettings.reasons.hint')}</p>
        </div>
      </header>
      {reasons ? (
        <SortableRows
          items={reasons}
          ariaLabel={t('stagesSettings.reasons.title')}
          className="reason-list"
          rowClassName="reason-row"
          label={(reason) => displayName(reason, t, 'lossReason')}
          onReorder={(id, anchor) => client.call('lossReasons.reorder', { id, ...anchor })}
          renderRow={(reason) => {
            const reasonName = displayName(reason, t, 'lossReason');
            return (
              <>
                <InlineText
                  value={reasonName}
                  label={t('stagesSettings.reasons.name')}
                  onSave={(text) => save(() => client.call('lossReasons.rename', { id: reason.id, name: text }))}
                />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('stagesSettings.reasons.archive', { name: reasonName })}
                  title={t('stagesSettings.reasons.archive', { name: reasonName })}
                  onClick={() => void save(() => client.call('lossReasons.archive', { id: reason.id }))}
                >
                  <Icon name="trash" size={16} />
                </button>
              </>
            );
          }}
        />
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
      <AddByNameForm
        className="reason-add"
        label={t('stagesSettings.reasons.new')}
        placeholder={t('stagesSettings.reasons.newPlaceholder')}
        addLabel={t('stagesSettings.reasons.add')}
        create={(name) => client.call('lossReasons.create', { name })}
      />
    </section>
  );
};
