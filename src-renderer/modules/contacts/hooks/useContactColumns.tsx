import type { ContactRow } from '@shared/contract/schemas/contacts';
import { formatInstant } from '@shared/i18n/formatDates';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { CellText } from '../../../ui/DataTable/CellText';
import type { ChoosableColumn } from '../../../ui/DataTable/ColumnChooser';
import { defaultHiddenFor } from '../../../ui/DataTable/defaultHiddenFor';

const column = createColumnHelper<ContactRow>();

const CONTACT_COLUMN_IDS = [
  'name',
  'companyName',
  'jobTitle',
  'role',
  'persona',
  'email',
  'phone',
  'ownerName',
  'createdAt',
] as const;

const COLUMN_LABELS: Partial<Record<string, string>> = { companyName: 'company', ownerName: 'owner' };

/** Columns hidden until the user asks for them, so the table fits the window as it first opens. */
export const defaultHiddenContactColumns = (windowWidth: number): string[] =>
  defaultHiddenFor(windowWidth, ['persona', 'createdAt'], ['phone', 'ownerName']);

/** The contacts table's columns; all but persona sort on the server. */
export const useContactColumns = (
  onOpen: (contact: ContactRow) => void,
): { columns: ColumnDef<ContactRow, unknown>[]; choosable: ChoosableColumn[] } => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timeZone } = useDateFormat();
  return useMemo(() => {
    const orNone = (value: string | null, max = 180) =>
      value === null ? <span className="muted">{t('common.none')}</span> : <CellText text={value} max={max} />;
    const columns = [
      column.accessor('name', {
        header: () => t('contacts.fields.name'),
        cell: (info) => (
          <button
            type="button"
            className="record-link button-reset cell-text"
            title={info.getValue()}
            onClick={() => onOpen(info.row.original)}
          >
            {info.getValue()}
          </button>
        ),
      }),
      column.accessor('companyName', {
        header: () => t('contacts.fields.company'),
        cell: (info) => {
          const { companyId } = info.row.original;
          const name = info.getValue();
          return companyId && name ? (
            <a
              className="table-link cell-text"
              style={{ maxWidth: 180 }}
              href={recordHash('companies', companyId)}
              title={name}
            >
              {name}
            </a>
          ) : (
            orNone(null)
          );
        },
      }),
      column.accessor('jobTitle', {
        header: () => t('contacts.fields.jobTitle'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('role', {
        header: () => t('contacts.fields.role'),
        cell: (info) => {
          const role = info.getValue();
          return role ? (
            <span className="badge badge-role" title={t(`contacts.roles.${role}`)}>
              <span className="cell-text" style={{ maxWidth: 140 }}>
                {t(`contacts.roles.${role}`)}
              </span>
            </span>
          ) : (
            orNone(null)
          );
        },
      }),
      column.accessor('persona', {
        header: () => t('contacts.fields.persona'),
        enableSorting: false,
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('email', { header: () => t('contacts.fields.email'), cell: (info) => orNone(info.getValue()) }),
      column.accessor('phone', {
        header: () => t('contacts.fields.phone'),
        cell: (info) => <span className="num">{orNone(info.getValue())}</span>,
      }),
      column.accessor('ownerName', {
        header: () => t('contacts.fields.owner'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('createdAt', {
        header: () => t('contacts.fields.createdAt'),
        cell: (info) => <span className="num muted">{formatInstant(info.getValue(), 'date', language, timeZone)}</span>,
      }),
    ] as ColumnDef<ContactRow, unknown>[];
    const choosable = CONTACT_COLUMN_IDS.map((id) => ({
      id,
      label: t(`contacts.fields.${COLUMN_LABELS[id] ?? id}`),
      locked: id === 'name',
    }));
    return { columns, choosable };
  }, [t, language, timeZone, onOpen]);
};
