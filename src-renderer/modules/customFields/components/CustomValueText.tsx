import type { CustomField, CustomRefNames } from '@shared/contract/schemas/customFields';
import type { CustomValue } from '@shared/domain/customFields/CustomValue';
import { formatCalendarDate, formatInstant } from '@shared/i18n/formatDates';
import { formatMoney } from '@shared/i18n/formatMoney';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { CellText } from '../../../ui/DataTable/CellText';
import { useUsers } from '../../users/hooks/useUsers';

type Props = {
  field: CustomField;
  value: CustomValue | undefined;
  /** The row's referenced records' names by id, as the core's list sends them. */
  refNames?: CustomRefNames | undefined;
};

/**
 * A custom value as a table cell shows it: formatted by type, options as coloured chips, a user,
 * company or contact by the name the row carries (a user the row does not name: from the team list).
 */
export const CustomValueText = ({ field, value, refNames }: Props) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timeZone } = useDateFormat();
  const users = useUsers();
  if (value === undefined || value === null) return <span className="muted">{t('common.none')}</span>;
  const option = (id: string) => field.options.find((o) => o.id === id);
  switch (field.type) {
    case 'number':
      return <CellText className="num" text={new Intl.NumberFormat(language).format(value as number)} />;
    case 'money': {
      const money = value as { amountMinor: number; currency: string };
      return <CellText className="num" text={formatMoney(money.amountMinor, money.currency, language)} />;
    }
    case 'date':
      return <span className="num">{formatCalendarDate(value as string, language)}</span>;
    case 'datetime':
      return <span className="num">{formatInstant(value as number, 'dateTime', language, timeZone)}</span>;
    case 'checkbox':
      return <span>{value ? t('customFields.yes') : t('customFields.no')}</span>;
    case 'single_select':
    case 'multi_select': {
      const ids = Array.isArray(value) ? value : [value as string];
      return (
        <span className="cf-cell-chips">
          {ids.map((id) => {
            const found = option(id);
            return (
              <span key={id} className={`cf-chip cf-colour-${found?.colour ?? 'grey'}`} title={found?.label}>
                {found?.label ?? '?'}
              </span>
            );
          })}
        </span>
      );
    }
    case 'user':
    case 'company':
    case 'contact': {
      const id = String(value);
      const name = refNames?.[id] ?? (field.type === 'user' ? users?.find((user) => user.id === id)?.name : undefined);
      return <CellText text={name ?? '…'} />;
    }
    default:
      return <CellText text={String(value)} />;
  }
};
