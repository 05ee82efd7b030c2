import type { DealGroupRow } from '@shared/contract/schemas/deals';
import { formatMoney } from '@shared/i18n/formatMoney';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { Icon } from '../../../ui/Icon';
import './DealGroupHeader.css';

export type DealGroupHeaderProps = {
  group: DealGroupRow;
  /** The group's name as the reader sees it. */
  name: string;
  folded: boolean;
  /** Its rows began on an earlier page. */
  continued: boolean;
  colSpan: number;
  onToggle(key: string): void;
};

/** A grouped deals table's group row: fold/unfold, the group's name, its deal count and value per currency. */
export const DealGroupHeader = ({ group, name, folded, continued, colSpan, onToggle }: DealGroupHeaderProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const sums = group.totals.map((total) => formatMoney(total.sumMinor, total.currency, language)).join(' · ');
  return (
    <tr
      className={folded ? 'deal-group-row is-folded' : 'deal-group-row'}
      data-testid="deal-group-row"
      data-group={group.key}
    >
      <td colSpan={colSpan}>
        <button
          type="button"
          className="deal-group-toggle"
          aria-expanded={!folded}
          aria-label={t(folded ? 'dealGroups.unfold' : 'dealGroups.fold', { name })}
          onClick={() => onToggle(group.key)}
        >
          <Icon name={folded ? 'chevronRight' : 'chevronDown'} size={16} />
          <span className="deal-group-name">{name}</span>
        </button>
        {continued ? <span className="deal-group-continued">{t('dealGroups.continued')}</span> : null}
        <span className="deal-group-count" data-testid="deal-group-count">
          {t('deals.count', { count: group.count })}
        </span>
        <span className="deal-group-sum num" data-testid="deal-group-sum">
          {sums}
        </span>
      </td>
    </tr>
  );
};
