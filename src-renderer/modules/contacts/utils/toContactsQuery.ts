import { idSchema } from '@shared/contract/schemas/common';
import {
  CONTACT_ROLES,
  CONTACT_SORT_FIELDS,
  type ContactRole,
  type ContactSortField,
  type ContactsListInput,
} from '@shared/contract/schemas/contacts';
import type { PaginationState } from '@tanstack/react-table';
import type { SortState } from '../../../ui/DataTable/SortState';
import { type ListFiltersCodec, stringFilters } from '../../../ui/ListPage/listUrl';
import type { PickedCompany } from '../../companies/utils/PickedCompany';
import { customFiltersOf } from '../../customFields/utils/customFiltersOf';

export type ContactsTableState = {
  search: string;
  company: PickedCompany | null;
  role: ContactRole | '';
  /** Filters on custom fields, as JSON (`?custom=` in the URL); '' = none. */
  custom: string;
  sort: SortState;
  page: PaginationState;
};

export const INITIAL_CONTACTS_TABLE: ContactsTableState = {
  search: '',
  company: null,
  role: '',
  custom: '',
  sort: { id: 'name', desc: false },
  page: { pageIndex: 0, pageSize: 25 },
};

/** A built-in column, or a custom field's (`cf:<field id>`). */
export const isContactSortField = (id: string): id is ContactSortField | `cf:${string}` =>
  (CONTACT_SORT_FIELDS as readonly string[]).includes(id) ||
  (id.startsWith('cf:') && idSchema.safeParse(id.slice(3)).success);

const roles = stringFilters<ContactsTableState>({
  role: { empty: '', accepts: (value) => (CONTACT_ROLES as readonly string[]).includes(value) },
  custom: { empty: '', accepts: (value) => customFiltersOf({ custom: value }).length > 0 },
});

/**
 * `?role=…&custom=…&company=<id>&companyName=…` in the contacts table's URL; the name rides along so the
 * company filter shows it after a reload without another request.
 */
export const CONTACTS_URL_FILTERS: ListFiltersCodec<ContactsTableState> = {
  keys: [...roles.keys, 'company', 'companyName'],
  write: (state) => ({
    ...roles.write(state),
    ...(state.company ? { company: state.company.id, companyName: state.company.name } : {}),
  }),
  read: (params) => {
    const id = params.get('company');
    const name = params.get('companyName');
    const company = id !== null && idSchema.safeParse(id).success ? { id, name: name ?? '' } : undefined;
    return { ...roles.read(params), ...(company ? { company } : {}) };
  },
};

export const hasContactFilters = (state: ContactsTableState): boolean =>
  state.search.trim() !== '' || state.company !== null || state.role !== '' || state.custom !== '';

/** What the table shows → the `contacts.list` input: the server searches, filters, sorts and pages. */
export const toContactsQuery = (state: ContactsTableState): ContactsListInput => {
  const search = state.search.trim();
  const sort = state.sort && isContactSortField(state.sort.id) ? state.sort : null;
  return {
    ...(search ? { search } : {}),
    ...(state.company ? { companyId: state.company.id } : {}),
    ...(state.role ? { role: state.role } : {}),
    ...(state.custom ? { customFilters: customFiltersOf(state) } : {}),
    sort: sort
      ? { field: sort.id as ContactSortField | `cf:${string}`, dir: sort.desc ? 'desc' : 'asc' }
      : { field: 'name', dir: 'asc' },
    offset: state.page.pageIndex * state.page.pageSize,
    limit: state.page.pageSize,
  };
};
