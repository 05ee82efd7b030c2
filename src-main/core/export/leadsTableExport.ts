import type { LeadExportColumn, TableExportRequest } from '@shared/contract/schemas/exports';
import type { LeadRow } from '@shared/contract/schemas/leads';
import { displayName } from '@shared/i18n/displayName';
import type { Translate } from '@shared/i18n/Translate';
import type { Db } from '../db/Db';
import { selectAll } from '../db/sql';
import type { HandlerContext } from '../HandlerContext';
import { listLeads } from '../modules/leads/listLeads';
import { collectTableExport, type ExportColumnOf } from './collectTableExport';
import type { TableExport } from './TableExport';

const sourceNames = (db: Db, t: Translate): Map<string, string> =>
  new Map(
    selectAll(db, db.q.selectFrom('lead_sources').select(['id', 'name', 'default_key'])).map((source) => [
      source.id,
      displayName({ name: source.name, defaultKey: source.default_key }, t, 'leadSource'),
    ]),
  );

const text = (label: string, cell: (lead: LeadRow) => string | null): ExportColumnOf<LeadRow>[] => [
  { label, kind: 'text', cell },
];

/** The inbox's age and SLA columns become the instants behind them (created, SLA due), which sort and filter. */
const columnsOf = (db: Db, t: Translate): Record<LeadExportColumn, ExportColumnOf<LeadRow>[]> => {
  const sources = sourceNames(db, t);
  return {
    title: text(t('leads.columns.title'), (lead) => lead.title),
    companyName: text(t('leads.columns.company'), (lead) => lead.companyName),
    contactName: text(t('leads.columns.contact'), (lead) => lead.contactName),
    stage: text(t('leads.columns.stage'), (lead) => displayName(lead.stage, t, 'stage')),
    createdAt: [{ label: t('deal.fields.createdAt'), kind: 'dateTime', cell: (lead) => lead.createdAt }],
    slaDueAt: [{ label: t('leads.columns.sla'), kind: 'dateTime', cell: (lead) => lead.slaDueAt }],
    sourceId: text(t('leads.columns.source'), (lead) => (lead.sourceId ? (sources.get(lead.sourceId) ?? null) : null)),
    campaignName: text(t('leads.columns.campaign'), (lead) => lead.campaignName),
    ownerName: text(t('leads.columns.owner'), (lead) => lead.ownerName),
    // ICP fit as the percentage the inbox shows; BANT as its 0–100 score.
    icpFit: [
      {
        label: t('leads.columns.icpFit'),
        kind: 'number',
        cell: (lead) => (lead.icpFit === null ? null : Math.round(lead.icpFit * 100)),
      },
    ],
    bantScore: [{ label: t('leads.columns.bant'), kind: 'number', cell: (lead) => lead.bantScore }],
  };
};

/** The leads inbox's view as an export: its `leads.list` query, every page, its visible columns. */
export const leadsTableExport = (
  ctx: HandlerContext,
  input: Extract<TableExportRequest, { table: 'leads' }>,
  t: Translate,
  timeZone: string,
): TableExport =>
  collectTableExport({
    sheetName: t('nav.leads'),
    columns: input.columns,
    columnsById: columnsOf(ctx.db, t),
    page: (offset, limit) => listLeads(ctx, { ...input.query, offset, limit }).rows,
    language: input.language,
    timeZone,
  });
