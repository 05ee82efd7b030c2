import { describe, expect, it } from 'vitest';
import {
  COMPANIES_URL_FILTERS,
  INITIAL_COMPANIES_TABLE,
  isCompanySortField,
} from '../../../src-renderer/modules/companies/utils/toCompaniesQuery';
import {
  CONTACTS_URL_FILTERS,
  INITIAL_CONTACTS_TABLE,
  isContactSortField,
} from '../../../src-renderer/modules/contacts/utils/toContactsQuery';
import { DEALS_URL_FILTERS, INITIAL_DEALS_TABLE } from '../../../src-renderer/modules/deals/utils/toDealsQuery';
import { listFromParams, listToParams } from '../../../src-renderer/ui/ListPage/listUrl';
import { dealIdFromHash, hashWithDeal } from '../../../src-renderer/modules/dealDrawer/utils/dealRoute';

const ID = '01920000-0000-7000-8000-000000000001';
const USER = '01920000-0000-7000-8000-0000000000aa';
const dealSort = (id: string) => ['title', 'createdAt', 'valueMinor'].includes(id);

describe('list state in the URL', () => {
  it('a fresh list has no params at all', () => {
    expect(listToParams(INITIAL_DEALS_TABLE, INITIAL_DEALS_TABLE, DEALS_URL_FILTERS)).toEqual({});
    expect(listToParams(INITIAL_COMPANIES_TABLE, INITIAL_COMPANIES_TABLE, COMPANIES_URL_FILTERS)).toEqual({});
    expect(listToParams(INITIAL_CONTACTS_TABLE, INITIAL_CONTACTS_TABLE, CONTACTS_URL_FILTERS)).toEqual({});
  });

  it('deals: search, sort, page, size and filters go out and come back', () => {
    const state = {
      ...INITIAL_DEALS_TABLE,
      search: 'станки ЧПУ',
      status: 'won' as const,
      stageId: ID,
      ownerId: USER,
      sort: { id: 'title', desc: false },
      page: { pageIndex: 2, pageSize: 50 },
    };
    const params = listToParams(state, INITIAL_DEALS_TABLE, DEALS_URL_FILTERS);
    expect(params).toEqual({
      q: 'станки ЧПУ',
      sort: 'title',
      page: '3',
      size: '50',
      status: 'won',
      stageId: ID,
      ownerId: USER,
    });
    expect(listFromParams(new URLSearchParams(params), INITIAL_DEALS_TABLE, DEALS_URL_FILTERS, dealSort)).toEqual(
      state,
    );
  });

  it('a descending sort is a leading minus', () => {
    const params = new URLSearchParams('sort=-valueMinor');
    expect(listFromParams(params, INITIAL_DEALS_TABLE, DEALS_URL_FILTERS, dealSort).sort).toEqual({
      id: 'valueMinor',
      desc: true,
    });
  });

  it('ignores what a hand-edited or stale link cannot mean', () => {
    const params = new URLSearchParams('sort=-password&page=-2&size=7&status=maybe&stageId=not-an-id&ownerId=1');
    expect(listFromParams(params, INITIAL_DEALS_TABLE, DEALS_URL_FILTERS, dealSort)).toEqual(INITIAL_DEALS_TABLE);
    expect(
      listFromParams(new URLSearchParams('page=1.5&size=abc'), INITIAL_DEALS_TABLE, DEALS_URL_FILTERS, dealSort).page,
    ).toEqual(INITIAL_DEALS_TABLE.page);
  });

  it('companies: facets and the owner filter (none or a user)', () => {
    const state = {
      ...INITIAL_COMPANIES_TABLE,
      industry: 'Логистика & склад',
      size: 'large' as const,
      region: 'Москва',
      segment: 'SMB',
      customer: 'current' as const,
      owner: { kind: 'none' as const },
    };
    const params = listToParams(state, INITIAL_COMPANIES_TABLE, COMPANIES_URL_FILTERS);
    expect(params.owner).toBe('none');
    expect(params.customer).toBe('current');
    const url = new URLSearchParams(new URLSearchParams(params).toString());
    expect(listFromParams(url, INITIAL_COMPANIES_TABLE, COMPANIES_URL_FILTERS, isCompanySortField)).toEqual(state);
    const mine = { ...INITIAL_COMPANIES_TABLE, owner: { kind: 'user' as const, id: USER } };
    expect(
      listFromParams(
        new URLSearchParams(listToParams(mine, INITIAL_COMPANIES_TABLE, COMPANIES_URL_FILTERS)),
        INITIAL_COMPANIES_TABLE,
        COMPANIES_URL_FILTERS,
        isCompanySortField,
      ).owner,
    ).toEqual({ kind: 'user', id: USER });
    expect(
      listFromParams(
        new URLSearchParams('size=huge&owner=bob&customer=vip'),
        INITIAL_COMPANIES_TABLE,
        COMPANIES_URL_FILTERS,
        isCompanySortField,
      ),
    ).toEqual(INITIAL_COMPANIES_TABLE);
  });

  it('contacts: the company filter keeps its name, the role must be a known one', () => {
    const state = { ...INITIAL_CONTACTS_TABLE, company: { id: ID, name: 'ООО «Север»' }, role: 'champion' as const };
    const params = new URLSearchParams(listToParams(state, INITIAL_CONTACTS_TABLE, CONTACTS_URL_FILTERS));
    expect(listFromParams(params, INITIAL_CONTACTS_TABLE, CONTACTS_URL_FILTERS, isContactSortField)).toEqual(state);
    expect(
      listFromParams(new URLSearchParams('role=boss'), INITIAL_CONTACTS_TABLE, CONTACTS_URL_FILTERS, isContactSortField)
        .role,
    ).toBe('');
  });

  it('the open deal and the list params share the hash without stepping on each other', () => {
    const hash = '#/deals?q=%D0%A1%D0%B5%D0%B2%D0%B5%D1%80&page=2';
    const open = hashWithDeal(hash, ID);
    expect(dealIdFromHash(open)).toBe(ID);
    expect(hashWithDeal(open, null)).toBe(hash);
  });
});
