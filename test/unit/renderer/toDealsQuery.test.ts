import { describe, expect, it } from 'vitest';
import { withCustomFilter } from '../../../src-renderer/modules/customFields/utils/withCustomFilter';
import {
  DEALS_URL_FILTERS,
  INITIAL_DEALS_TABLE,
  toDealsQuery,
  toggleFolded,
} from '../../../src-renderer/modules/deals/utils/toDealsQuery';

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
        group: '',
        folded: '',
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

  it('groups with the folded groups (no owner / no source written as "-"), and folds and unfolds one', () => {
    const id = '01900000-0000-7000-8000-00000000000b';
    const folded = toggleFolded({ folded: toggleFolded({ folded: '' }, id) }, '');
    expect(folded).toBe(`${id},-`);
    expect(toDealsQuery({ ...INITIAL_DEALS_TABLE, group: 'owner', folded })).toMatchObject({
      groupBy: 'owner',
      collapsedGroups: [id, ''],
    });
    expect(toggleFolded({ folded }, id)).toBe('-');
    // Folding means nothing ungrouped; the URL keeps only what it can read.
    expect(toDealsQuery({ ...INITIAL_DEALS_TABLE, folded })).not.toHaveProperty('collapsedGroups');
    const params = new URLSearchParams(`group=stage&folded=${id},-`);
    expect(DEALS_URL_FILTERS.read(params)).toEqual({ group: 'stage', folded: `${id},-` });
    expect(DEALS_URL_FILTERS.read(new URLSearchParams('group=colour&folded=x'))).toEqual({});
  });
});
