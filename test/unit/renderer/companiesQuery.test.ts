import { describe, expect, it } from 'vitest';
import { recordHash, recordIdFromHash } from '../../../src-renderer/app/useHashRecordId';
import { withCustomFilter } from '../../../src-renderer/modules/customFields/utils/withCustomFilter';
import {
  hasCompanyFilters,
  INITIAL_COMPANIES_TABLE,
  toCompaniesQuery,
} from '../../../src-renderer/modules/companies/utils/toCompaniesQuery';

const ID = '01920000-0000-7000-8000-000000000001';

describe('toCompaniesQuery', () => {
  it('asks for the first page sorted by name when nothing is set', () => {
    expect(toCompaniesQuery(INITIAL_COMPANIES_TABLE)).toEqual({
      sort: { field: 'name', dir: 'asc' },
      offset: 0,
      limit: 25,
    });
    expect(hasCompanyFilters(INITIAL_COMPANIES_TABLE)).toBe(false);
  });

  it('sends trimmed search, every filter, the sorted column and the page window', () => {
    const state = {
      ...INITIAL_COMPANIES_TABLE,
      search: '  ромашка ',
      industry: 'Логистика',
      size: 'large' as const,
      region: 'Москва',
      segment: 'SMB',
      customer: 'churned' as const,
      owner: { kind: 'user' as const, id: ID },
      sort: { id: 'openValueMinor', desc: true },
      page: { pageIndex: 2, pageSize: 50 },
    };
    expect(toCompaniesQuery(state)).toEqual({
      search: 'ромашка',
      industry: 'Логистика',
      size: 'large',
      region: 'Москва',
      segment: 'SMB',
      customer: 'churned',
      ownerId: ID,
      sort: { field: 'openValueMinor', dir: 'desc' },
      offset: 100,
      limit: 50,
    });
    expect(hasCompanyFilters(state)).toBe(true);
  });

  it('asks for companies without an owner as ownerId null, and falls back to name for unknown sorts', () => {
    const query = toCompaniesQuery({
      ...INITIAL_COMPANIES_TABLE,
      owner: { kind: 'none' },
      sort: { id: 'notAColumn', desc: true },
    });
    expect(query?.ownerId).toBeNull();
    expect(query?.sort).toEqual({ field: 'name', dir: 'asc' });
    expect(hasCompanyFilters({ ...INITIAL_COMPANIES_TABLE, search: '   ' })).toBe(false);
  });

  it('passes custom-field filters and a custom sort; a damaged filter or a bad field id is dropped', () => {
    const custom = withCustomFilter({ custom: '' }, ID, { fieldId: ID, op: 'range', min: 5, max: null });
    expect(
      toCompaniesQuery({ ...INITIAL_COMPANIES_TABLE, custom, sort: { id: `cf:${ID}`, desc: true } }),
    ).toMatchObject({
      customFilters: [{ fieldId: ID, op: 'range', min: 5, max: null }],
      sort: { field: `cf:${ID}`, dir: 'desc' },
    });
    expect(hasCompanyFilters({ ...INITIAL_COMPANIES_TABLE, custom })).toBe(true);
    expect(toCompaniesQuery({ ...INITIAL_COMPANIES_TABLE, custom: '[{"op":"nope"}]' })?.customFilters).toEqual([]);
    expect(toCompaniesQuery({ ...INITIAL_COMPANIES_TABLE, sort: { id: 'cf:nope', desc: false } })?.sort).toEqual({
      field: 'name',
      dir: 'asc',
    });
  });
});

describe('record ids in the URL hash', () => {
  it('reads the id under its own page only', () => {
    expect(recordIdFromHash(`#/companies/${ID}`, 'companies')).toBe(ID);
    expect(recordIdFromHash('#/companies', 'companies')).toBeNull();
    expect(recordIdFromHash(`#/deals/${ID}`, 'companies')).toBeNull();
    expect(recordIdFromHash(`#/companies/${ID}?tab=history`, 'companies')).toBe(ID);
    expect(recordIdFromHash(recordHash('companies', ID), 'companies')).toBe(ID);
  });
});
