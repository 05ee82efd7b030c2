import { SETTING_DEFAULTS } from '@shared/contract/settingDefaults';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Modal } from '../../../ui/Modal/Modal';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useLastLoaded } from '../../../ui/useLastLoaded';
import { SearchPicker } from '../../dealDrawer/components/SearchPicker';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useLogActivityStore } from '../stores/logActivityStore';
import { ActivityDialog } from './ActivityDialog';

/** "Which deal?": the shortcut pressed with no record in view; open deals, searched as typed. */
const DealChooser = () => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const typed = useDebouncedValue(search, 200).trim();
  const query = { ...(typed ? { search: typed } : {}), status: 'open' as const, limit: 8 };
  const found = useLastLoaded(useLiveQuery('deals.list', query, ['deals']).data);
  const { open, close } = useLogActivityStore();
  return (
    <Modal open title={t('activities.log.chooseTitle')} onClose={close}>
      <div className="modal-body log-chooser" data-testid="log-chooser">
        <SearchPicker
          id="log-deal"
          label={t('activities.log.chooseDeal')}
          current={null}
          options={found?.rows.map((row) => ({ id: row.id, label: row.title, hint: row.companyName })) ?? null}
          onPick={async (id) => {
            const deal = found?.rows.find((row) => row.id === id);
            if (deal) open({ dealId: deal.id, label: deal.title, currency: deal.currency });
            return null;
          }}
          search={search}
          onSearch={setSearch}
          open
          onOpenChange={(next) => {
            // Escape (or leaving the box) closes the chooser; a pick has already opened the form.
            if (!next && useLogActivityStore.getState().picking) close();
          }}
        />
      </div>
    </Modal>
  );
};

/** The app-wide log form (on the target record) or the record chooser. */
export const LogActivityDialogs = () => {
  const { target, picking, close } = useLogActivityStore();
  const currency = useSettingsStore(
    (state) => state.settings?.['workspace.currency'] ?? SETTING_DEFAULTS['workspace.currency'],
  );
  if (picking) return <DealChooser />;
  if (!target) return null;
  return (
    <ActivityDialog
      open
      links={{ dealId: target.dealId, companyId: target.companyId, contactId: target.contactId }}
      about={target.label}
      currency={target.currency ?? currency}
      onDone={close}
    />
  );
};
