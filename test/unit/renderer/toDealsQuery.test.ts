import { describe, expect, it } from 'vitest';
import { withCustomFilter } from '../../../src-renderer/modules/customFields/utils/withCustomFilter';
import { INITIAL_DEALS_TABLE, toDealsQuery } from '../../../src-renderer/modules/deals/utils/toDealsQuery';

describe('toDealsQuery', () => {
  it('starts with the newest deals first, 25 a page', () => {
    expect(toDealsQuery(INITIAL_DEALS_TABLE)).toEqual({
      sort: { field: 'createdAt', dir: 'desc' },
      offset: 0,
      limit: 25,
    });
  });

  it('passes search, status, stage, owner, segment, sort and page to the server', () => {
    expect(
      toDealsQuery({
        search: '  станки ',
        status: 'won',
        stageId: 'stage-1',
        ownerId: 'user-1',
        segmentId: 'segment-1',
        custom: '',
        sort: { id: 'valueMinor', desc: false },
        page: { pageIndex: 2, pageSize: 10 },
      }),
    ).toEqual({
      search: 'станки',
      status: 'won',
      stageId: 'stage-1',
      ownerId: 'user-1',
      segmentId: 'segment-1',
      sort: { field: 'valueMinor', dir: 'asc' },
      offset: 20,
      limit: 10,
    });
  });

  it('never asks the server to sort by a column it cannot sort', () => {
    expect(toDealsQuery({ ...INITIAL_DEALS_TABLE, sort: { id: 'stageId', desc: false } }).sort).toEqual({
      field: 'createdAt',
      dir: 'desc',
    });
  });

  it('passes custom-field filters and a custom sort; a damaged filter or a bad field id is dropped', () => {
    const fieldId = '01900000-0000-7000-8000-00000000000a';
    const custom = withCustomFilter({ custom: '' }, fieldId, { fieldId, op: 'range', min: 5, max: null });
    expect(toDealsQuery({ ...INITIAL_DEALS_TABLE, custom, sort: { id: `cf:${fieldId}`, desc: true } })).toMatchObject({
      customFilters: [{ fieldId, op: 'range', min: 5, max: null }],
      sort: { field: `cf:${fieldId}`, dir: 'desc' },
    });
    expect(withCustomFilter({ custom }, fieldId, null)).toBe('');
    expect(toDealsQuery({ ...INITIAL_DEALS_TABLE, custom: '[{"op":"nope"}]' }).customFilters).toEqual([]);
    expect(toDealsQuery({ ...INITIAL_DEALS_TABLE, sort: { id: 'cf:x', desc: true } }).sort?.field).toBe('createdAt');
  });
});
