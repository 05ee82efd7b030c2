import type { ContactRow } from '@shared/contract/schemas/contacts';
import { formatInstant } from '@shared/i18n/formatDates';
import { CONTACT_EXPORT_COLUMNS } from '@shared/contract/schemas/exports';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { CellText } from '../../../ui/DataTable/CellText';
import type { ChoosableColumn } from '../../../ui/DataTable/ColumnChooser';
import { defaultHiddenFor } from '../../../ui/DataTable/defaultHiddenFor';
import { Icon } from '../../../ui/Icon';
import { useLogActivityStore } from '../../activities/stores/logActivityStore';

const column = createColumnHelper<ContactRow>();

/** The same ids the table's export takes, so the two cannot drift apart. */
const CONTACT_COLUMN_IDS = CONTACT_EXPORT_COLUMNS;

/** A contact's log button: the log form on the contact (the core links the contact's company). */
const logOnContact = (contact: ContactRow) =>
  useLogActivityStore.getState().open({
    contactId: contact.id,
    ...(contact.companyId ? { companyId: contact.companyId } : {}),
    label: contact.name,
  });

const COLUMN_LABELS: Partial<Record<string, string>> = { companyName: 'company', ownerName: 'owner' };

/** Columns hidden until the user asks for them, so the table fits the window as it first opens. */
export const defaultHiddenContactColumns = (windowWidth: number): string[] =>
  defaultHiddenFor(windowWidth, ['persona', 'createdAt'], ['phone', 'ownerName']);

/** The contacts table's columns; all but persona sort on the server. */
export const useContactColumns = (): { columns: ColumnDef<ContactRow, unknown>[]; choosable: ChoosableColumn[] } => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timeZone } = useDateFormat();
  return useMemo(() => {
    const orNone = (value: string | null) =>
      value === null ? <span className="muted">{t('common.none')}</span> : <CellText text={value} />;
    const columns = [
      column.accessor('name', {
        size: 220,
        minSize: 160,
        header: () => t('contacts.fields.name'),
        cell: (info) => (
          <span className="contact-name-cell">
            <a
              className="record-link cell-text"
              href={recordHash('contacts', info.row.original.id)}
              title={info.getValue()}
            >
              {info.getValue()}
            </a>
            <button
              type="button"
              className="icon-button contact-log"
              aria-label={t('activities.log.onCard', { record: info.getValue() })}
              title={t('activities.log.onCard', { record: info.getValue() })}
              onClick={() => logOnContact(info.row.original)}
              data-testid="contact-log"
            >
              <Icon name="activities" size={16} />
            </button>
          </span>
        ),
      }),
      column.accessor('companyName', {
        size: 180,
        minSize: 100,
        header: () => t('contacts.fields.company'),
        cell: (info) => {
          const { companyId } = info.row.original;
          const name = info.getValue();
          return companyId && name ? (
            <a className="table-link cell-text" href={recordHash('companies', companyId)} title={name}>
              {name}
            </a>
          ) : (
            orNone(null)
          );
        },
      }),
      column.accessor('jobTitle', {
        size: 170,
        minSize: 100,
        header: () => t('contacts.fields.jobTitle'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('role', {
        size: 150,
        minSize: 100,
        header: () => t('contacts.fields.role'),
        cell: (info) => {
          const role = info.getValue();
          return role ? (
            <span className="badge badge-role" title={t(`contacts.roles.${role}`)}>
              <span className="cell-text">{t(`contacts.roles.${role}`)}</span>
            </span>
          ) : (
            orNone(null)
          );
        },
      }),
      column.accessor('persona', {
        size: 150,
        minSize: 100,
        header: () => t('contacts.fields.persona'),
        enableSorting: false,
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('email', {
        size: 200,
        minSize: 110,
        header: () => t('contacts.fields.email'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('phone', {
        size: 160,
        minSize: 110,
        header: () => t('contacts.fields.phone'),
        cell: (info) => <span className="num">{orNone(info.getValue())}</span>,
      }),
      column.accessor('ownerName', {
        size: 150,
        minSize: 90,
        header: () => t('contacts.fields.owner'),
        cell: (info) => orNone(info.getValue()),
      }),
      column.accessor('createdAt', {
        size: 112,
        minSize: 90,
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
  }, [t, language, timeZone]);
};
