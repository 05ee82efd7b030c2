import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { SearchPicker } from './SearchPicker';

const PICKER_LIMIT = 8;

/** The deal's company, chosen by searching companies (name, INN, domain…) on the server. */
export const CompanyPicker = ({
  companyId,
  onPick,
}: {
  companyId: string | null;
  onPick(id: string | null): Promise<string | null>;
}) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 200);
  const company = useLiveQuery('companies.get', companyId ? { id: companyId } : null, ['companies']).data;
  const found = useLiveQuery(
    'companies.list',
    open ? { ...(debounced.trim() ? { search: debounced.trim() } : {}), limit: PICKER_LIMIT } : null,
    ['companies'],
  ).data;
  const options = found
    ? found.rows.map((row) => ({
        id: row.id,
        label: row.name,
        hint: row.inn ? t('dealDrawer.picker.inn', { inn: row.inn }) : row.region,
      }))
    : null;
  return (
    <SearchPicker
      id="deal-company"
      label={t('deal.fields.company')}
      current={companyId ? (company?.name ?? '…') : null}
      search={search}
      onSearch={setSearch}
      options={options}
      onPick={onPick}
      open={open}
      onOpenChange={setOpen}
    />
  );
};
