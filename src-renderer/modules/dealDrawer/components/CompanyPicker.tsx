import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { usePickerSearch } from '../hooks/usePickerSearch';
import { SearchPicker } from './SearchPicker';

/** The deal's company, chosen by searching companies (name, INN, domain…) on the server. */
export const CompanyPicker = ({
  companyId,
  onPick,
}: {
  companyId: string | null;
  onPick(id: string | null): Promise<string | null>;
}) => {
  const { t } = useTranslation();
  const { query, picker } = usePickerSearch();
  const company = useLiveQuery('companies.get', companyId ? { id: companyId } : null, ['companies']).data;
  const found = useLiveQuery('companies.list', query, ['companies']).data;
  return (
    <SearchPicker
      id="deal-company"
      label={t('deal.fields.company')}
      current={companyId ? (company?.name ?? '…') : null}
      options={
        found?.rows.map((row) => ({
          id: row.id,
          label: row.name,
          hint: row.inn ? t('dealDrawer.picker.inn', { inn: row.inn }) : row.region,
        })) ?? null
      }
      onPick={onPick}
      {...picker}
    />
  );
};
