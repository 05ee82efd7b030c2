import type { CompanyRow } from '@shared/contract/schemas/companies';
import type { CompanyExportColumn, TableExportRequest } from '@shared/contract/schemas/exports';
import { currencyExponent } from '@shared/domain/currencyExponent';
import type { Translate } from '@shared/i18n/Translate';
import type { Db } from '../db/Db';
import { listCompanies } from '../modules/companies/companies.repo';
import { collectTableExport, type ExportColumnOf } from './collectTableExport';
import { customExportColumns } from './customExportColumns';
import type { TableExport } from './TableExport';
import { withCustomColumns } from './withCustomColumns';

const text = (label: string, cell: (company: CompanyRow) => string | null): ExportColumnOf<CompanyRow>[] => [
  { label, kind: 'text', cell },
];

const columnsOf = (t: Translate): Record<CompanyExportColumn, ExportColumnOf<CompanyRow>[]> => ({
  name: text(t('companies.fields.name'), (company) => company.name),
  inn: text(t('companies.fields.inn'), (company) => company.inn),
  industry: text(t('companies.fields.industry'), (company) => company.industry),
  size: text(t('companies.fields.size'), (company) => (company.size ? t(`companies.sizes.${company.size}`) : null)),
  region: text(t('companies.fields.region'), (company) => company.region),
  segment: text(t('companies.fields.segment'), (company) => company.segment),
  ownerName: text(t('companies.fields.owner'), (company) => company.ownerName),
  openDeals: [{ label: t('companies.fields.openDeals'), kind: 'number', cell: (company) => company.openDeals }],
  // The open amount in major units, and its currency beside it (as the deals export writes amounts).
  openValueMinor: [
    {
      label: t('companies.fields.openValue'),
      kind: 'money',
      cell: (company) => company.openValueMinor / 10 ** currencyExponent(company.currency),
    },
    { label: t('deal.fields.currency'), kind: 'text', cell: (company) => company.currency },
  ],
  // The customer column: its status in words, and since when, as two cells.
  customerSince: [
    ...text(t('companies.fields.customerStatus'), (company) =>
      company.customerStatus ? t(`companies.customerStatus.${company.customerStatus}`) : null,
    ),
    { label: t('companies.fields.customerSince'), kind: 'dateTime', cell: (company) => company.customerSince },
  ],
  phone: text(t('companies.fields.phone'), (company) => company.phone),
  email: text(t('companies.fields.email'), (company) => company.email),
  domain: text(t('companies.fields.website'), (company) => company.domain),
  createdAt: [{ label: t('companies.fields.createdAt'), kind: 'dateTime', cell: (company) => company.createdAt }],
});

/** The companies table's view as an export: its `companies.list` query, every page, its visible columns (custom fields too). */
export const companiesTableExport = (
  db: Db,
  input: Extract<TableExportRequest, { table: 'companies' }>,
  t: Translate,
  settings: { timeZone: string; currency: string },
): TableExport =>
  collectTableExport({
    sheetName: t('nav.companies'),
    ...withCustomColumns(columnsOf(t), customExportColumns(db, 'company', t, input.language), input.columns),
    page: (offset, limit) => listCompanies(db, { ...input.query, offset, limit }, settings.currency).rows,
    language: input.language,
    timeZone: settings.timeZone,
  });
