import { CONTACT_ROLES, type Contact, type ContactRole, type ContactRow } from '@shared/contract/schemas/contacts';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { useColumnSizes } from '../../../ui/DataTable/useColumnSizes';
import { useHiddenColumns } from '../../../ui/DataTable/useHiddenColumns';
import { CONTACT_EXPORT_COLUMNS } from '@shared/contract/schemas/exports';
import { TableExportMenu } from '../../exports/components/TableExportMenu';
import { exportQuery } from '../../exports/utils/exportQuery';
import { visibleExportColumns } from '../../exports/utils/visibleExportColumns';
import { EmptyState } from '../../../ui/EmptyState';
import { Select } from '../../../ui/form/Select';
import { Icon } from '../../../ui/Icon';
import { ListPage } from '../../../ui/ListPage/ListPage';
import { useListState } from '../../../ui/ListPage/useListState';
import { CompanyPicker } from '../../companies/components/CompanyPicker';
import type { PickedCompany } from '../../companies/utils/PickedCompany';
import { defaultHiddenContactColumns, useContactColumns } from '../hooks/useContactColumns';
import { useContactsView } from '../hooks/useContactsView';
import {
  CONTACTS_URL_FILTERS,
  hasContactFilters,
  INITIAL_CONTACTS_TABLE,
  isContactSortField,
  toContactsQuery,
} from '../utils/toContactsQuery';
import { ContactFormDialog } from './ContactFormDialog';
import { SavedViews } from '../../savedViews/components/SavedViews';
import { CustomFieldFilters } from '../../customFields/components/CustomFieldFilters';
import { useCustomColumns } from '../../customFields/hooks/useCustomColumns';
import { useCustomFields } from '../../customFields/hooks/useCustomFields';
import { customFiltersOf } from '../../customFields/utils/customFiltersOf';
import { withCustomFilter } from '../../customFields/utils/withCustomFilter';
import './ContactsPage.css';

type Editing = { contact?: Contact; company: PickedCompany | null } | null;

/** The contacts table: search, company and role filters, server-side sort and paging, columns. */
export const ContactsPage = () => {
  const { t } = useTranslation();
  const list = useListState(INITIAL_CONTACTS_TABLE, isContactSortField, CONTACTS_URL_FILTERS);
  const [editing, setEditing] = useState<Editing>(null);
  // A name or a row opens the person's page (edits are made there), as a company's row opens its page.
  const open = useCallback((row: ContactRow) => {
    window.location.hash = recordHash('contacts', row.id);
  }, []);
  const builtIn = useContactColumns();
  const baseHidden = useHiddenColumns('voronka.columns.contacts', defaultHiddenContactColumns(window.innerWidth));
  const custom = useCustomColumns<ContactRow>('contact', baseHidden, 'voronka.columns.contacts.customShown');
  const hiddenColumns = custom.hidden;
  const columns = useMemo(() => [...builtIn.columns, ...custom.columns], [builtIn.columns, custom.columns]);
  const choosable = useMemo(() => [...builtIn.choosable, ...custom.choosable], [builtIn.choosable, custom.choosable]);
  const shownCustom = (useCustomFields('contact') ?? []).filter(
    (field) => !hiddenColumns.hidden.includes(`cf:${field.id}`),
  );
  const columnSizes = useColumnSizes('voronka.columnSizes.contacts');
  const view = useContactsView('contacts.table', toContactsQuery(list.settled));

  const newContactButton = (
    <button type="button" className="button button-primary" onClick={() => setEditing({ company: list.state.company })}>
      <Icon name="plus" size={18} />
      {t('contacts.newContact')}
    </button>
  );

  return (
    <ListPage
      className="records-page contacts-page"
      list={list}
      view={view}
      searchPlaceholder={t('contacts.searchPlaceholder')}
      count={(count) => t('contacts.count', { count })}
      countTestId="contacts-count"
      chooser={{ columns: choosable, hidden: hiddenColumns }}
      sizes={columnSizes}
      action={
        <>
          <TableExportMenu
            view={() => ({
              table: 'contacts',
              query: exportQuery(toContactsQuery(list.settled)),
              columns: [
                ...visibleExportColumns(CONTACT_EXPORT_COLUMNS, hiddenColumns.hidden),
                ...shownCustom.map((field) => `cf:${field.id}` as const),
              ],
            })}
          />
          {newContactButton}
        </>
      }
      filters={
        <>
          <SavedViews list="contacts" hidden={hiddenColumns} sizes={columnSizes} />
          <div className="filters" role="group" aria-label={t('companies.filters.label')}>
            <CompanyPicker
              className="filters-company"
              aria-label={t('contacts.filters.company')}
              placeholder={t('contacts.filters.allCompanies')}
              value={list.state.company}
              onChange={(company) => list.filter({ company })}
            />
            <Select
              aria-label={t('contacts.filters.role')}
              value={list.state.role}
              onChange={(event) => list.filter({ role: event.target.value as ContactRole | '' })}
            >
              <option value="">{t('contacts.filters.allRoles')}</option>
              {CONTACT_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`contacts.roles.${role}`)}
                </option>
              ))}
            </Select>
            <CustomFieldFilters
              fields={shownCustom}
              filters={customFiltersOf(list.state)}
              onChange={(fieldId, filter) => list.filter({ custom: withCustomFilter(list.state, fieldId, filter) })}
            />
          </div>
        </>
      }
      table={{
        label: t('pages.contacts.title'),
        columns,
        getRowId: (contact) => contact.id,
        flexColumn: 'name',
        onRowClick: open,
      }}
      filtered={hasContactFilters(list.settled)}
      emptyFiltered={t('contacts.emptyFiltered')}
      empty={
        <EmptyState
          icon="contacts"
          title={t('contacts.empty.title')}
          body={t('contacts.empty.body')}
          action={newContactButton}
        />
      }
    >
      <ContactFormDialog
        open={editing !== null}
        contact={editing?.contact}
        company={editing?.company}
        onClose={() => setEditing(null)}
      />
    </ListPage>
  );
};
