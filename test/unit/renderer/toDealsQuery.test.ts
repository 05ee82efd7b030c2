import { describe, expect, it } from 'vitest';
import { INITIAL_DEALS_TABLE, toDealsQuery } from '../../../src-renderer/modules/deals/utils/toDealsQuery';

describe('toDealsQuery', () => {
  it('starts with the newest deals first, 25 a page', () => {
    expect(toDealsQuery(INITIAL_DEALS_TABLE)).toEqual({
      sort: { field: 'createdAt', dir: 'desc' },
      offset: 0,
      limit: 25,
    });
  });

  it('passes search, status, stage, owner, sort and page to the server', () => {
    expect(
      toDealsQuery({
        search: '  станки ',
        status: 'won',
        stageId: 'stage-1',
        ownerId: 'user-1',
        sort: { id: 'valueMinor', desc: false },
        page: { pageIndex: 2, pageSize: 10 },
      }),
    ).toEqual({
      search: 'станки',
      status: 'won',
      stageId: 'stage-1',
      ownerId: 'user-1',
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
});
