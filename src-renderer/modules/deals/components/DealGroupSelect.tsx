import { DEAL_GROUPS, type DealGroup } from '@shared/contract/schemas/deals';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import { ensureDealGroupsMessages } from '../utils/ensureDealGroupsMessages';

/** What the deals table groups its rows by (none, stage, owner, source). */
export const DealGroupSelect = ({
  value,
  onChange,
}: {
  value: DealGroup | '';
  onChange(group: DealGroup | ''): void;
}) => {
  const { t, i18n } = useTranslation();
  ensureDealGroupsMessages(i18n);
  return (
    <Select
      className="deal-group-select"
      aria-label={t('dealGroups.label')}
      value={value}
      onChange={(event) => onChange(event.target.value as DealGroup | '')}
    >
      <option value="">{t('dealGroups.none')}</option>
      {DEAL_GROUPS.map((group) => (
        <option key={group} value={group}>
          {t(`dealGroups.by.${group}`)}
        </option>
      ))}
    </Select>
  );
};
