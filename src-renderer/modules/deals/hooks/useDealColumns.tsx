import type { Deal } from '@shared/contract/schemas/deals';
import type { Stage } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { formatCalendarDate, formatInstant } from '@shared/i18n/formatDates';
import { formatMoney } from '@shared/i18n/formatMoney';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { DealStatusBadge } from '../components/DealStatusBadge';

const column = createColumnHelper<Deal>();

/** The deals table's columns; sortable ones are exactly the contract's sort fields. */
export const useDealColumns = (stages: readonly Stage[] | null): ColumnDef<Deal, unknown>[] => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timeZone } = useDateFormat();
  return useMemo(() => {
    const stageNames = new Map((stages ?? []).map((stage) => [stage.id, displayName(stage, t, 'stage')]));
    const none = t('common.none');
    return [
      column.accessor('title', {
        header: () => t('deal.fields.title'),
        cell: (info) => (
          <a className="deal-title" title={info.getValue()} href={`#/deals?deal=${info.row.original.id}`}>
            {info.getValue()}
          </a>
        ),
      }),
      column.accessor('stageId', {
        header: () => t('deal.fields.stage'),
        enableSorting: false,
        cell: (info) => stageNames.get(info.getValue()) ?? t('common.none'),
      }),
      column.accessor('status', {
        header: () => t('deal.fields.status'),
        enableSorting: false,
        cell: (info) => <DealStatusBadge status={info.getValue()} />,
      }),
      column.accessor('valueMinor', {
        header: () => t('deal.fields.value'),
        cell: (info) => (
          <span className="num">{formatMoney(info.getValue(), info.row.original.currency, language)}</span>
        ),
      }),
      column.accessor('expectedCloseOn', {
        header: () => t('deal.fields.expectedCloseOn'),
        cell: (info) => {
          const value = info.getValue();
          return <span className="num">{value === null ? none : formatCalendarDate(value, language)}</span>;
        },
      }),
      column.accessor('createdAt', {
        header: () => t('deal.fields.createdAt'),
        cell: (info) => <span className="num muted">{formatInstant(info.getValue(), 'date', language, timeZone)}</span>,
      }),
      // Each accessor is typed by its own value type; the table takes them as one list.
    ] as ColumnDef<Deal, unknown>[];
  }, [stages, t, language, timeZone]);
};
