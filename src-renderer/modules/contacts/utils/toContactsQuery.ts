import {
  CONTACT_SORT_FIELDS,
  type ContactRole,
  type ContactSortField,
  type ContactsListInput,
} from '@shared/contract/schemas/contacts';
import type { PaginationState } from '@tanstack/react-table';
import type { SortState } from '../../../ui/DataTable/SortState';
import type { PickedCompany } from '../../companies/utils/PickedCompany';

export type ContactsTableState = {
  search: string;
  company: PickedCompany | null;
  role: ContactRole | '';
  sort: SortState;
  page: PaginationState;
};

export const INITIAL_CONTACTS_TABLE: ContactsTableState = {
  search: '',
  company: null,
  role: '',
  sort: { id: 'name', desc: false },
  page: { pageIndex: 0, pageSize: 25 },
};

export const isContactSortField = (id: string): id is ContactSortField =>
  (CONTACT_SORT_FIELDS as readonly string[]).includes(id);

export const hasContactFilters = (state: ContactsTableState): boolean =>
  state.search.trim() !== '' || state.company !== null || state.role !== '';

/** What the table shows → the `contacts.list` input: the server searches, filters, sorts and pages. */
export const toContactsQuery = (state: ContactsTableState): ContactsListInput => {
  const search = state.search.trim();
  const sort = state.sort && isContactSortField(state.sort.id) ? state.sort : null;
  return {
    ...(search ? { search } : {}),
    ...(state.company ? { companyId: state.company.id } : {}),
    ...(state.role ? { role: state.role } : {}),
    sort: sort
      ? { field: sort.id as ContactSortField, dir: sort.desc ? 'desc' : 'asc' }
      : { field: 'name', dir: 'asc' },
    offset: state.page.pageIndex * state.page.pageSize,
    limit: state.page.pageSize,
  };
};
