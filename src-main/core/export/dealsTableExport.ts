import type { DealRow } from '@shared/contract/schemas/deals';
import type { DealExportColumn, TableExportRequest } from '@shared/contract/schemas/exports';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { displayName } from '@shared/i18n/displayName';
import type { Translate } from '@shared/i18n/Translate';
import type { Db } from '../db/Db';
import { selectAll } from '../db/sql';
import { withRecordNames } from '../modules/deals/dealRowNames';
import { listDeals } from '../modules/deals/deals.repo';
import { collectTableExport, type ExportColumnOf } from './collectTableExport';
import { customExportColumns } from './customExportColumns';
import type { TableExport } from './TableExport';
import { withCustomColumns } from './withCustomColumns';

type Column = ExportColumnOf<DealRow>;

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
 * sort), read page by page to the end, with the visible columns (custom fields too) in their order.
 */
export const dealsTableExport = (
  db: Db,
  input: Extract<TableExportRequest, { table: 'deals' }>,
  t: Translate,
  timeZone: string,
): TableExport =>
  collectTableExport({
    sheetName: t('nav.deals'),
    ...withCustomColumns(columnsOf(db, t), customExportColumns(db, 'deal', t, input.language), input.columns),
    page: (offset, limit) => withRecordNames(db, listDeals(db, { ...input.query, offset, limit })).rows,
    language: input.language,
    timeZone,
  });
