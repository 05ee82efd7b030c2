import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { usePickerSearch } from '../hooks/usePickerSearch';
import { SearchPicker } from './SearchPicker';

/** The deal's contact person: the deal's company's people first (only them when it has a company). */
export const ContactPicker = ({
  contactId,
  companyId,
  onPick,
}: {
  contactId: string | null;
  companyId: string | null;
  onPick(id: string | null): Promise<string | null>;
}) => {
  const { t } = useTranslation();
  const { query, picker } = usePickerSearch();
  const contact = useLiveQuery('contacts.get', contactId ? { id: contactId } : null, ['contacts']).data;
  const found = useLiveQuery('contacts.list', query && { ...query, ...(companyId ? { companyId } : {}) }, [
    'contacts',
  ]).data;
  return (
    <SearchPicker
      id="deal-contact"
      label={t('deal.fields.contact')}
      current={contactId ? (contact?.name ?? '…') : null}
      options={
        found?.rows.map((row) => ({ id: row.id, label: row.name, hint: row.jobTitle ?? row.companyName })) ?? null
      }
      onPick={onPick}
      {...picker}
    />
  );
};
