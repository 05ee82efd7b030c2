import type { ActivityRow } from '@shared/contract/schemas/activities';
import { ACTIVITY_EXPORT_COLUMNS } from '@shared/contract/schemas/exports';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import type { MouseEvent } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { joinHash, splitHash } from '../../../app/hashParams';
import { recordHash } from '../../../app/useHashRecordId';
import { CellText } from '../../../ui/DataTable/CellText';
import type { ChoosableColumn } from '../../../ui/DataTable/ColumnChooser';
import { defaultHiddenFor } from '../../../ui/DataTable/defaultHiddenFor';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { formatInstant } from '@shared/i18n/formatDates';

const column = createColumnHelper<ActivityRow>();

export const NUMERIC_ACTIVITY_COLUMNS = ['durationMin'];

/** Columns hidden until asked for on a laptop-sized window, so the other seven fit 1280 px. */
export const defaultHiddenActivityColumns = (windowWidth: number): string[] =>
  defaultHiddenFor(windowWidth, [], ['durationMin', 'contactName']);

/** The table's columns in order: the export's, but the notes, which only the export carries. */
const ACTIVITY_COLUMN_IDS = ACTIVITY_EXPORT_COLUMNS.filter((id) => id !== 'body');

/** The deal drawer opens over the table (`?deal=<id>` beside the table's own params). */
const openDeal = (event: MouseEvent, dealId: string) => {
  event.preventDefault();
  const { path, params } = splitHash(window.location.hash);
  params.set('deal', dealId);
  window.location.hash = joinHash(path, params);
};

/** The activities table's columns; `doneAt`, `type`, `subject`, `ownerName` and `dealTitle` sort on the server. */
export const useActivityColumns = (): { columns: ColumnDef<ActivityRow, unknown>[]; choosable: ChoosableColumn[] } => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timeZone } = useDateFormat();
  return useMemo(() => {
    const none = <span className="muted">{t('common.none')}</span>;
    const orNone = (value: string | null) => (value === null ? none : <CellText text={value} />);
    const columns = [
      column.accessor('doneAt', {
        // "12/28/2025, 10:58 PM" whole: 184 px cut its "PM" in English.
        size: 196,
        minSize: 150,
        header: () => t('activityTable.columns.doneAt'),
        cell: (info) => {
          const at = info.getValue();
          return at === null ? none : <span className="num">{formatInstant(at, 'dateTime', language, timeZone)}</span>;
        },
      }),
      column.accessor('type', {
        size: 96,
        minSize: 80,
        header: () => t('activityTable.columns.type'),
        cell: (info) => <CellText text={t(`activities.type.${info.getValue()}`)} />,
      }),
      column.accessor('subject', {
        size: 140,
        minSize: 120,
        header: () => t('activityTable.columns.subject'),
        cell: (info) => orNone(info.getValue() || info.row.original.body),
      }),
      column.accessor('outcome', {
        size: 116,
        minSize: 90,
        enableSorting: false,
        header: () => t('activityTable.columns.outcome'),
        cell: (info) => {
          const outcome = info.getValue();
          return outcome === null ? none : <CellText text={t(`activities.outcome.${outcome}`)} />;
        },
      }),
      column.accessor((row) => row.durationSec, {
        id: 'durationMin',
        size: 100,
        minSize: 72,
        enableSorting: false,
        header: () => t('activityTable.columns.durationMin'),
        cell: (info) => {
          const seconds = info.getValue();
          return seconds === null ? (
            none
          ) : (
            <span className="num">{t('activityTable.minutes', { minutes: Math.round(seconds / 60) })}</span>
          );
        },
      }),
      column.accessor('dealTitle', {
        size: 136,
        minSize: 110,
        header: () => t('activityTable.columns.dealTitle'),
        cell: (info) => {
          const { dealId } = info.row.original;
          const title = info.getValue();
          if (!dealId || title === null) return none;
          return (
            <a
              className="record-link cell-text"
              href={`#/deals?deal=${encodeURIComponent(dealId)}`}
              title={title}
              onClick={(event) => openDeal(event, dealId)}
            >
              {title}
            </a>
          );
        },
      }),
      column.accessor('companyName', {
        size: 136,
        minSize: 110,
        enableSorting: false,
        header: () => t('activityTable.columns.companyName'),
        cell: (info) => {
          const { companyId } = info.row.original;
          const name = info.getValue();
          if (!companyId || name === null) return none;
          return (
            <a className="record-link cell-text" href={recordHash('companies', companyId)} title={name}>
              {name}
            </a>
          );
        },
      }),
      column.accessor('contactName', {
        size: 140,
        minSize: 100,
        enableSorting: false,
        header: () => t('activityTable.columns.contactName'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('ownerName', {
        // «Ответственный» whole beside its sort arrow.
        size: 172,
        minSize: 100,
        header: () => t('activityTable.columns.ownerName'),
        cell: (info) => orNone(info.getValue()),
      }),
      // Each accessor is typed by its own value type; the table takes them as one list.
    ] as ColumnDef<ActivityRow, unknown>[];
    const choosable = ACTIVITY_COLUMN_IDS.map((id) => ({
      id,
      label: t(`activityTable.columns.${id}`),
      locked: id === 'doneAt',
    }));
    return { columns, choosable };
  }, [t, language, timeZone]);
};
