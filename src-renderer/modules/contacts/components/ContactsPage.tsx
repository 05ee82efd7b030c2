import { CONTACT_ROLES, type Contact, type ContactRole, type ContactRow } from '@shared/contract/schemas/contacts';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnChooser } from '../../../ui/DataTable/ColumnChooser';
import { DataTable } from '../../../ui/DataTable/DataTable';
import { useHiddenColumns } from '../../../ui/DataTable/useHiddenColumns';
import { EmptyState } from '../../../ui/EmptyState';
import { Select } from '../../../ui/form/Select';
import { Icon } from '../../../ui/Icon';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { CompanyPicker } from '../../companies/components/CompanyPicker';
import type { PickedCompany } from '../../companies/utils/PickedCompany';
import { defaultHiddenContactColumns, useContactColumns } from '../hooks/useContactColumns';
import { useContactsView } from '../hooks/useContactsView';
import {
  type ContactsTableState,
  hasContactFilters,
  INITIAL_CONTACTS_TABLE,
  isContactSortField,
  toContactsQuery,
} from '../utils/toContactsQuery';
import { ContactFormDialog } from './ContactFormDialog';
import '../../companies/components/CompaniesPage.css';

type Editing = { contact?: Contact; company: PickedCompany | null } | null;

/** The contacts table: search, company and role filters, server-side sort and paging, columns. */
export const ContactsPage = () => {
  const { t } = useTranslation();
  const [table, setTable] = useState<ContactsTableState>(INITIAL_CONTACTS_TABLE);
  const [editing, setEditing] = useState<Editing>(null);
  const search = useDebouncedValue(table.search, 250);
  const open = useCallback(
    (row: ContactRow) =>
      setEditing({
        contact: row,
        company: row.companyId && row.companyName ? { id: row.companyId, name: row.companyName } : null,
      }),
    [],
  );
  const { columns, choosable } = useContactColumns(open);
  const hiddenColumns = useHiddenColumns('voronka.columns.contacts', defaultHiddenContactColumns(window.innerWidth));
  const view = useContactsView('contacts.table', toContactsQuery({ ...table, search }));
  const filtered = hasContactFilters({ ...table, search });
  const update = (patch: Partial<ContactsTableState>) => setTable((current) => ({ ...current, ...patch }));
  const firstPage = { ...table.page, pageIndex: 0 };

  const newContactButton = (
    <button type="button" className="button button-primary" onClick={() => setEditing({ company: table.company })}>
      <Icon name="plus" size={18} />
      {t('contacts.newContact')}
    </button>
  );

  return (
    <div className="records-page contacts-page">
      <div className="toolbar">
        <div className="input-with-icon toolbar-search">
          <Icon name="search" size={18} />
          <input
            className="input"
            type="search"
            aria-label={t('common.actions.search')}
            placeholder={t('contacts.searchPlaceholder')}
            value={table.search}
            onChange={(event) => update({ search: event.target.value, page: firstPage })}
          />
        </div>
        <span className="toolbar-count muted num" data-testid="contacts-count">
          {view.status === 'loading' && view.rows.length === 0 ? '' : t('contacts.count', { count: view.total })}
        </span>
        <ColumnChooser
          label={t('companies.columns')}
          title={t('companies.columnsLabel')}
          columns={choosable}
          hidden={hiddenColumns.hidden}
          onChange={hiddenColumns.setHidden}
        />
        {newContactButton}
      </div>
      <div className="filters" role="group" aria-label={t('companies.filters.label')}>
        <CompanyPicker
          className="filters-company"
          aria-label={t('contacts.filters.company')}
          placeholder={t('contacts.filters.allCompanies')}
          value={table.company}
          onChange={(company) => update({ company, page: firstPage })}
        />
        <Select
          aria-label={t('contacts.filters.role')}
          value={table.role}
          onChange={(event) => update({ role: event.target.value as ContactRole | '', page: firstPage })}
        >
          <option value="">{t('contacts.filters.allRoles')}</option>
          {CONTACT_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`contacts.roles.${role}`)}
            </option>
          ))}
        </Select>
      </div>
      <DataTable
        label={t('pages.contacts.title')}
        columns={columns}
        rows={view.rows}
        total={view.total}
        getRowId={(contact) => contact.id}
        sort={table.sort}
        onSortChange={(sort) =>
          update({ sort: sort && isContactSortField(sort.id) ? sort : INITIAL_CONTACTS_TABLE.sort })
        }
        page={table.page}
        onPageChange={(page) => update({ page })}
        loading={view.status === 'loading'}
        columnVisibility={hiddenColumns.visibility}
        onRowClick={open}
        empty={
          filtered ? (
            <p className="muted">{t('contacts.emptyFiltered')}</p>
          ) : (
            <EmptyState
              icon="contacts"
              title={t('contacts.empty.title')}
              body={t('contacts.empty.body')}
              action={newContactButton}
            />
          )
        }
      />
      <ContactFormDialog
        open={editing !== null}
        contact={editing?.contact}
        company={editing?.company}
        onClose={() => setEditing(null)}
      />
    </div>
  );
};
