import { referenceCreateInputSchema } from '@shared/contract/schemas/reference';
import { displayName } from '@shared/i18n/displayName';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Icon } from '../../../ui/Icon';

import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useSaver } from '../hooks/useSaver';
import { firstIssue } from '../utils/firstIssue';
import { InlineText } from './InlineText';
import { SortableRows } from './SortableRows';
import { clearIfUnchanged } from '../../../ui/form/clearIfUnchanged';

/** The reasons a rep picks from when a deal is lost: rename, reorder, archive, add. */
export const LossReasonsCard = () => {
  const { t } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const reasons = useLiveQuery('lossReasons.list', {}, ['loss_reasons']).data;
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const problem =
      firstIssue(referenceCreateInputSchema, { name }, t) ??
      (await save(() => client.call('lossReasons.create', { name })));
    setError(problem);
    if (!problem) setName(clearIfUnchanged(name));
    // Ready for the next reason (or the fix): typing goes into this box, not wherever the list's
    // re-render left focus.
    input.current?.focus();
  };

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
      <form className="reason-add" onSubmit={add} noValidate>
        <input
          ref={input}
          className="input"
          aria-label={t('stagesSettings.reasons.new')}
          placeholder={t('stagesSettings.reasons.newPlaceholder')}
          value={name}
          aria-invalid={error ? 'true' : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button">
          <Icon name="plus" size={18} />
          {t('stagesSettings.reasons.add')}
        </button>
        {error ? <p className="field-error">{error}</p> : null}
      </form>
    </section>
  );
};
