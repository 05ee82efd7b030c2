import type { ActivityRow } from '@shared/contract/schemas/activities';
import type { ActivityExportColumn, TableExportRequest } from '@shared/contract/schemas/exports';
import type { Translate } from '@shared/i18n/Translate';
import type { Db } from '../db/Db';
import { listActivities } from '../modules/activities/listActivities';
import { collectTableExport, type ExportColumnOf } from './collectTableExport';
import type { TableExport } from './TableExport';

const text = (label: string, cell: (row: ActivityRow) => string | null): ExportColumnOf<ActivityRow>[] => [
  { label, kind: 'text', cell },
];

const columnsOf = (t: Translate): Record<ActivityExportColumn, ExportColumnOf<ActivityRow>[]> => ({
  doneAt: [{ label: t('activities.fields.doneAt'), kind: 'dateTime', cell: (row) => row.doneAt }],
  type: text(t('activities.fields.type'), (row) => t(`activities.type.${row.type}`)),
  subject: text(t('activities.fields.subject'), (row) => row.subject),
  outcome: text(t('activities.fields.outcome'), (row) => (row.outcome ? t(`activities.outcome.${row.outcome}`) : null)),
  durationMin: [
    {
      label: t('activities.fields.durationMin'),
      kind: 'number',
      cell: (row) => (row.durationSec === null ? null : Math.round(row.durationSec / 60)),
    },
  ],
  dealTitle: text(t('activities.fields.deal'), (row) => row.dealTitle),
  companyName: text(t('contacts.fields.company'), (row) => row.companyName),
  contactName: text(t('deal.fields.contact'), (row) => row.contactName),
  ownerName: text(t('activities.fields.owner'), (row) => row.ownerName),
  body: text(t('activities.fields.body'), (row) => row.body),
});

/** The activities table's view as an export: its `activities.list` query, every page, its visible columns. */
export const activitiesTableExport = (
  db: Db,
  input: Extract<TableExportRequest, { table: 'activities' }>,
  t: Translate,
  timeZone: string,
): TableExport =>
  collectTableExport({
    sheetName: t('nav.activities'),
    columns: input.columns,
    columnsById: columnsOf(t),
    page: (offset, limit) => listActivities(db, { ...input.query, offset, limit }).rows,
    language: input.language,
    timeZone,
  });
