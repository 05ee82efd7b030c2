import type { LeadRow } from '@shared/contract/schemas/leads';
import type { LeadSource } from '@shared/contract/schemas/reference';
import { displayName } from '@shared/i18n/displayName';
import { formatInstant } from '@shared/i18n/formatDates';
import { LEAD_EXPORT_COLUMNS } from '@shared/contract/schemas/exports';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { CellText } from '../../../ui/DataTable/CellText';
import { CompanyLinkCell } from '../../../ui/DataTable/CompanyLinkCell';
import type { ChoosableColumn } from '../../../ui/DataTable/ColumnChooser';
import { defaultHiddenFor } from '../../../ui/DataTable/defaultHiddenFor';
import { SlaCell } from '../components/SlaCell';
import type { LeadSelection } from './useLeadSelection';

const column = createColumnHelper<LeadRow>();

/** Choosable columns in table order (the selection box is not one): the export's, so they cannot drift apart. */
const LEAD_COLUMN_IDS = LEAD_EXPORT_COLUMNS;

const COLUMN_LABELS: Record<(typeof LEAD_COLUMN_IDS)[number], string> = {
  title: 'title',
  companyName: 'company',
  contactName: 'contact',
  stage: 'stage',
  createdAt: 'age',
  slaDueAt: 'sla',
  sourceId: 'source',
  campaignName: 'campaign',
  ownerName: 'owner',
  icpFit: 'icpFit',
  bantScore: 'bant',
};

/**
 * Hidden until asked for on a laptop-sized window, so the inbox fits 1280 px; the stage is the
 * step filter's business there.
 */
export const defaultHiddenLeadColumns = (windowWidth: number): string[] =>
  defaultHiddenFor(windowWidth, [], ['contactName', 'stage', 'campaignName']);

type Options = {
  selection: LeadSelection;
  pageIds: readonly string[];
  sources: readonly LeadSource[];
  now: number;
  /** Opens the BANT form on a lead (the score cell is its button). */
  onQualify(lead: LeadRow): void;
};

/** The inbox's columns: a selection box, the lead, who and where from, its age and SLA clock, its scores. */
export const useLeadColumns = ({
  selection,
  pageIds,
  sources,
  now,
  onQualify,
}: Options): { columns: ColumnDef<LeadRow, unknown>[]; choosable: ChoosableColumn[] } => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timeZone } = useDateFormat();
  return useMemo(() => {
    const sourceNames = new Map(sources.map((source) => [source.id, displayName(source, t, 'leadSource')]));
    const none = <span className="muted">{t('common.none')}</span>;
    const text = (value: string | null) => (value ? <CellText text={value} /> : none);
    const allSelected = pageIds.length > 0 && pageIds.every((id) => selection.ids.has(id));
    const columns = [
      column.display({
        id: 'select',
        size: 40,
        minSize: 40,
        maxSize: 40,
        enableSorting: false,
        header: () => (
          <input
            type="checkbox"
            aria-label={t('leads.selection.selectAll')}
            checked={allSelected}
            onChange={() => selection.toggleAll(pageIds)}
          />
        ),
        cell: (info) => (
          <input
            type="checkbox"
            aria-label={t('leads.selection.selectRow', { title: info.row.original.title })}
            checked={selection.ids.has(info.row.original.id)}
            onChange={() => selection.toggle(info.row.original.id)}
          />
        ),
      }),
      column.accessor('title', {
        header: () => t('leads.columns.title'),
        size: 150,
        minSize: 130,
        cell: (info) => (
          <a className="deal-title" title={info.getValue()} href={`#/leads?deal=${info.row.original.id}`}>
            {info.getValue()}
          </a>
        ),
      }),
      column.accessor('companyName', {
        header: () => t('leads.columns.company'),
        enableSorting: false,
        size: 130,
        minSize: 90,
        cell: (info) => <CompanyLinkCell companyId={info.row.original.companyId} name={info.getValue()} none={none} />,
      }),
      column.accessor('contactName', {
        header: () => t('leads.columns.contact'),
        enableSorting: false,
        size: 140,
        minSize: 100,
        cell: (info) => text(info.getValue()),
      }),
      column.accessor((row) => displayName(row.stage, t, 'stage'), {
        id: 'stage',
        header: () => t('leads.columns.stage'),
        enableSorting: false,
        size: 120,
        minSize: 84,
        cell: (info) => <CellText text={info.getValue()} />,
      }),
      column.accessor('createdAt', {
        header: () => t('leads.columns.age'),
        // «Возраст» whole beside its sort arrow.
        size: 110,
        minSize: 84,
        cell: (info) => {
          const days = info.row.original.ageDays;
          return (
            <span
              className="num"
              title={t('leads.age.createdAt', { date: formatInstant(info.getValue(), 'dateTime', language, timeZone) })}
              data-testid="lead-age"
            >
              {days === 0 ? t('leads.age.today') : t('leads.age.days', { count: days })}
            </span>
          );
        },
      }),
      column.accessor('slaDueAt', {
        header: () => t('leads.columns.sla'),
        // "−1 h 32 min" in the overdue pill's bold needs 97 px beside the cell's padding.
        size: 124,
        minSize: 96,
        cell: (info) => <SlaCell lead={info.row.original} now={now} />,
      }),
      column.accessor('sourceId', {
        header: () => t('leads.columns.source'),
        enableSorting: false,
        size: 104,
        minSize: 80,
        cell: (info) => {
          const id = info.getValue();
          return text(id ? (sourceNames.get(id) ?? null) : null);
        },
      }),
      column.accessor('campaignName', {
        header: () => t('leads.columns.campaign'),
        enableSorting: false,
        size: 130,
        minSize: 90,
        cell: (info) => text(info.getValue()),
      }),
      column.accessor('ownerName', {
        header: () => t('leads.columns.owner'),
        enableSorting: false,
        // «Ответственный» whole.
        size: 140,
        minSize: 84,
        cell: (info) => text(info.getValue()),
      }),
      column.accessor('icpFit', {
        header: () => t('leads.columns.icpFit'),
        enableSorting: false,
        size: 52,
        minSize: 52,
        cell: (info) => {
          const fit = info.getValue();
          return fit === null ? none : <span className="num">{Math.round(fit * 100)}%</span>;
        },
      }),
      column.accessor('bantScore', {
        header: () => t('leads.columns.bant'),
        enableSorting: false,
        size: 88,
        minSize: 80,
        cell: (info) => {
          const score = info.getValue();
          const lead = info.row.original;
          return (
            <button
              type="button"
              className="lead-bant-button num"
              aria-label={t('leads.bant.rowActionLabel', { title: lead.title })}
              onClick={(event) => {
                // The row's own click opens the drawer; this opens the form.
                event.stopPropagation();
                onQualify(lead);
              }}
            >
              {score ?? t('leads.bant.rowAction')}
            </button>
          );
        },
      }),
      // Each accessor is typed by its own value type; the table takes them as one list.
    ] as ColumnDef<LeadRow, unknown>[];
    const choosable = LEAD_COLUMN_IDS.map((id) => ({
      id,
      label: t(`leads.columns.${COLUMN_LABELS[id]}`),
      locked: id === 'title',
    }));
    return { columns, choosable };
  }, [selection, pageIds, sources, now, onQualify, t, language, timeZone]);
};
