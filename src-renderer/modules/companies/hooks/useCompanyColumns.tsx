import type { CompanyRow } from '@shared/contract/schemas/companies';
import { formatInstant } from '@shared/i18n/formatDates';
import { COMPANY_EXPORT_COLUMNS } from '@shared/contract/schemas/exports';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { CellText } from '../../../ui/DataTable/CellText';
import type { ChoosableColumn } from '../../../ui/DataTable/ColumnChooser';
import { defaultHiddenFor } from '../../../ui/DataTable/defaultHiddenFor';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { formatMoney } from '@shared/i18n/formatMoney';
import { CustomerStatusBadge } from '../../customers/components/CustomerStatusBadge';

const column = createColumnHelper<CompanyRow>();

/** Columns hidden until the user asks for them, so the table fits the window as it first opens (the INN is on the company's page and found by the search). */
export const defaultHiddenCompanyColumns = (windowWidth: number): string[] =>
  defaultHiddenFor(windowWidth, ['segment', 'phone', 'email', 'domain'], ['inn', 'size', 'region', 'createdAt']);
export const NUMERIC_COMPANY_COLUMNS = ['openDeals', 'openValueMinor'];

/** Column ids in table order (tanstack names accessor columns after their field): the export's, so they cannot drift apart. */
const COMPANY_COLUMN_IDS = COMPANY_EXPORT_COLUMNS;

/** Columns titled by another field's label. */
const COLUMN_LABELS: Partial<Record<string, string>> = {
  ownerName: 'owner',
  openValueMinor: 'openValue',
  customerSince: 'customer',
  domain: 'website',
};

/**
 * The companies table's columns. Every id is a contract sort field, so each header sorts on the
 * server; the website column sorts by its web domain.
 */
export const useCompanyColumns = (): { columns: ColumnDef<CompanyRow, unknown>[]; choosable: ChoosableColumn[] } => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timeZone } = useDateFormat();
  return useMemo(() => {
    const none = t('common.none');
    const orNone = (value: string | null) =>
      value === null ? <span className="muted">{none}</span> : <CellText text={value} />;
    const columns = [
      column.accessor('name', {
        size: 220,
        minSize: 160,
        header: () => t('companies.fields.name'),
        cell: (info) => (
          <a
            className="record-link cell-text"
            href={recordHash('companies', info.row.original.id)}
            title={info.getValue()}
          >
            {info.getValue()}
          </a>
        ),
      }),
      column.accessor('inn', {
        size: 128,
        minSize: 96,
        header: () => t('companies.fields.inn'),
        cell: (info) => <span className="num">{orNone(info.getValue())}</span>,
      }),
      column.accessor('industry', {
        size: 150,
        minSize: 90,
        header: () => t('companies.fields.industry'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('size', {
        size: 160,
        minSize: 90,
        header: () => t('companies.fields.size'),
        cell: (info) => {
          const size = info.getValue();
          return size ? t(`companies.sizes.${size}`) : orNone(null);
        },
      }),
      column.accessor('region', {
        size: 150,
        minSize: 90,
        header: () => t('companies.fields.region'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('segment', {
        size: 130,
        minSize: 90,
        header: () => t('companies.fields.segment'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('ownerName', {
        size: 160,
        minSize: 120,
        header: () => t('companies.fields.owner'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('openDeals', {
        size: 124,
        minSize: 100,
        header: () => t('companies.fields.openDeals'),
        cell: (info) => (
          <span className={info.getValue() === 0 ? 'num is-zero' : 'num'}>
            {new Intl.NumberFormat(language).format(info.getValue())}
          </span>
        ),
      }),
      column.accessor('openValueMinor', {
        size: 140,
        minSize: 96,
        header: () => t('companies.fields.openValue'),
        cell: (info) => (
          <span className={info.getValue() === 0 ? 'num is-zero' : 'num'}>
            {formatMoney(info.getValue(), info.row.original.currency, language)}
          </span>
        ),
      }),
      // Sorted by since when; shows the status, and the day in the tooltip.
      column.accessor('customerSince', {
        size: 150,
        minSize: 110,
        header: () => t('companies.fields.customer'),
        cell: (info) => {
          const { customerStatus, customerSince } = info.row.original;
          if (customerStatus === null || customerSince === null) return orNone(null);
          const since = t('companies.customerSince', {
            date: formatInstant(customerSince, 'date', language, timeZone),
          });
          return (
            <CustomerStatusBadge status={customerStatus} title={since}>
              {t(`companies.customerStatus.${customerStatus}`)}
            </CustomerStatusBadge>
          );
        },
      }),
      column.accessor('phone', {
        size: 160,
        minSize: 110,
        header: () => t('companies.fields.phone'),
        cell: (info) => <span className="num">{orNone(info.getValue())}</span>,
      }),
      column.accessor('email', {
        size: 200,
        minSize: 110,
        header: () => t('companies.fields.email'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('domain', {
        size: 170,
        minSize: 100,
        header: () => t('companies.fields.website'),
        cell: (info) => orNone(info.getValue() ?? info.row.original.website),
      }),
      column.accessor('createdAt', {
        size: 112,
        minSize: 90,
        header: () => t('companies.fields.createdAt'),
        cell: (info) => <span className="num muted">{formatInstant(info.getValue(), 'date', language, timeZone)}</span>,
      }),
      // Each accessor is typed by its own value type; the table takes them as one list.
    ] as ColumnDef<CompanyRow, unknown>[];
    const choosable = COMPANY_COLUMN_IDS.map((id) => ({
      id,
      label: t(`companies.fields.${COLUMN_LABELS[id] ?? id}`),
      locked: id === 'name',
    }));
    return { columns, choosable };
  }, [t, language, timeZone]);
};
