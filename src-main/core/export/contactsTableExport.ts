import type { ContactRow } from '@shared/contract/schemas/contacts';
import type { ContactExportColumn, TableExportRequest } from '@shared/contract/schemas/exports';
import type { Translate } from '@shared/i18n/Translate';
import type { Db } from '../db/Db';
import { listContacts } from '../modules/contacts/contacts.repo';
import { collectTableExport, type ExportColumnOf } from './collectTableExport';
import { customExportColumns } from './customExportColumns';
import type { TableExport } from './TableExport';
import { withCustomColumns } from './withCustomColumns';

const text = (label: string, cell: (contact: ContactRow) => string | null): ExportColumnOf<ContactRow>[] => [
  { label, kind: 'text', cell },
];

const columnsOf = (t: Translate): Record<ContactExportColumn, ExportColumnOf<ContactRow>[]> => ({
  name: text(t('contacts.fields.name'), (contact) => contact.name),
  companyName: text(t('contacts.fields.company'), (contact) => contact.companyName),
  jobTitle: text(t('contacts.fields.jobTitle'), (contact) => contact.jobTitle),
  role: text(t('contacts.fields.role'), (contact) => (contact.role ? t(`contacts.roles.${contact.role}`) : null)),
  persona: text(t('contacts.fields.persona'), (contact) => contact.persona),
  email: text(t('contacts.fields.email'), (contact) => contact.email),
  phone: text(t('contacts.fields.phone'), (contact) => contact.phone),
  ownerName: text(t('contacts.fields.owner'), (contact) => contact.ownerName),
  createdAt: [{ label: t('contacts.fields.createdAt'), kind: 'dateTime', cell: (contact) => contact.createdAt }],
});

/** The contacts table's view as an export: its `contacts.list` query, every page, its visible columns (custom fields too). */
export const contactsTableExport = (
  db: Db,
  input: Extract<TableExportRequest, { table: 'contacts' }>,
  t: Translate,
  timeZone: string,
): TableExport =>
  collectTableExport({
    sheetName: t('nav.contacts'),
    ...withCustomColumns(columnsOf(t), customExportColumns(db, 'contact', t, input.language), input.columns),
    page: (offset, limit) => listContacts(db, { ...input.query, offset, limit }).rows,
    language: input.language,
    timeZone,
  });
