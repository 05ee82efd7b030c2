import type { DealRow } from '@shared/contract/schemas/deals';
import type { DealExportColumn, tableExportInputSchema } from '@shared/contract/schemas/exports';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { displayName } from '@shared/i18n/displayName';
import type { Translate } from '@shared/i18n/Translate';
import type { z } from 'zod';
import type { Db } from '../db/Db';
import { selectAll } from '../db/sql';
import { withRecordNames } from '../modules/deals/dealRowNames';
import { listDeals } from '../modules/deals/deals.repo';
import type { ExportCell, ExportColumnKind, TableExport } from './TableExport';

const PAGE = 500;

type Column = { label: string; kind: ExportColumnKind; cell(deal: DealRow): ExportCell };

const stageNames = (db: Db, t: Translate): Map<string, string> =>
  new Map(
    selectAll(db, db.q.selectFrom('stages').select(['id', 'name', 'default_key'])).map((stage) => [
      stage.id,
      displayName({ name: stage.name, defaultKey: stage.default_key }, t, 'stage'),
    ]),
  );

const columnsOf = (db: Db, t: Translate): Record<DealExportColumn, Column[]> => {
  const stages = stageNames(db, t);
  return {
    title: [{ label: t('deal.fields.title'), kind: 'text', cell: (deal) => deal.title }],
    companyName: [{ label: t('deal.fields.company'), kind: 'text', cell: (deal) => deal.companyName }],
    stageId: [{ label: t('deal.fields.stage'), kind: 'text', cell: (deal) => stages.get(deal.stageId) ?? null }],
    status: [{ label: t('deal.fields.status'), kind: 'text', cell: (deal) => t(`deal.status.${deal.status}`) }],
    // The amount as a number in major units, and its currency beside it (a table may mix them).
    valueMinor: [
      {
        label: t('deal.fields.value'),
        kind: 'money',
        cell: (deal) => deal.valueMinor / 10 ** currencyExponent(deal.currency),
      },
      { label: t('deal.fields.currency'), kind: 'text', cell: (deal) => deal.currency },
    ],
    expectedCloseOn: [{ label: t('deal.fields.expectedCloseOn'), kind: 'date', cell: (deal) => deal.expectedCloseOn }],
    ownerName: [{ label: t('deal.fields.owner'), kind: 'text', cell: (deal) => deal.ownerName }],
    createdAt: [{ label: t('deal.fields.createdAt'), kind: 'dateTime', cell: (deal) => deal.createdAt }],
  };
};

/**
 * The deals table's view as an export: the same `deals.list` query the table runs (filters and
 * sort), read page by page to the end, with the visible columns in their order.
 */
export const dealsTableExport = (
  db: Db,
  input: z.output<typeof tableExportInputSchema>,
  t: Translate,
  timeZone: string,
): TableExport => {
  const byId = columnsOf(db, t);
  const columns = input.columns.flatMap((id) => byId[id]);
  const rows: ExportCell[][] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = withRecordNames(db, listDeals(db, { ...input.query, offset, limit: PAGE }));
    for (const deal of page.rows) rows.push(columns.map((column) => column.cell(deal)));
    if (page.rows.length < PAGE) break;
  }
  return {
    sheetName: t('nav.deals'),
    columns: columns.map(({ label, kind }) => ({ label, kind })),
    rows,
    language: input.language,
    timeZone,
  };
};
