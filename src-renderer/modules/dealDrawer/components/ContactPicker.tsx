import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { SearchPicker } from './SearchPicker';

const PICKER_LIMIT = 8;

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
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 200);
  const contact = useLiveQuery('contacts.get', contactId ? { id: contactId } : null, ['contacts']).data;
  const found = useLiveQuery(
    'contacts.list',
    open
      ? {
          ...(debounced.trim() ? { search: debounced.trim() } : {}),
          ...(companyId ? { companyId } : {}),
          limit: PICKER_LIMIT,
        }
      : null,
    ['contacts'],
  ).data;
  const options = found
    ? found.rows.map((row) => ({ id: row.id, label: row.name, hint: row.jobTitle ?? row.companyName }))
    : null;
  return (
    <SearchPicker
      id="deal-contact"
      label={t('deal.fields.contact')}
      current={contactId ? (contact?.name ?? '…') : null}
      search={search}
      onSearch={setSearch}
      options={options}
      onPick={onPick}
      open={open}
      onOpenChange={setOpen}
    />
  );
};
