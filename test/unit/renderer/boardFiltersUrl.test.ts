import { describe, expect, it } from 'vitest';
import { boardFiltersFromHash } from '../../../src-renderer/modules/board/utils/boardFiltersFromHash';
import { boardFiltersHash, sameBoardFilters } from '../../../src-renderer/modules/board/utils/boardFiltersHash';
import { searchHitHash } from '../../../src-renderer/modules/search/utils/searchHitHash';

const NONE = { pipelineId: null, ownerId: null, sourceId: null, segmentId: null, search: '', mine: false };

describe("the board's filters in the URL", () => {
  it('writes every filter, keeps the open deal and the view, and reads the same filters back', () => {
    const filters = {
      pipelineId: 'p1',
      ownerId: 'u1',
      sourceId: 's1',
      segmentId: 'g1',
      search: 'станки ЧПУ',
      mine: true,
    };
    const hash = boardFiltersHash(filters, '#/pipeline?deal=d1&view=v1');
    expect(hash).toBe(
      '#/pipeline?deal=d1&view=v1&pipeline=p1&owner=u1&source=s1&segment=g1&q=%D1%81%D1%82%D0%B0%D0%BD%D0%BA%D0%B8+%D0%A7%D0%9F%D0%A3&mine=1',
    );
    expect(boardFiltersFromHash(hash)).toEqual(filters);
    // Cleared filters leave the URL; the board at the empty hash (the default page) is the board's.
    expect(boardFiltersHash(NONE, hash)).toBe('#/pipeline?deal=d1&view=v1');
    expect(boardFiltersHash({ ...NONE, mine: true }, '')).toBe('#/pipeline?mine=1');
    expect(boardFiltersFromHash('')).toEqual(NONE);
  });

  it('is not read from another page or the stage settings', () => {
    expect(boardFiltersFromHash('#/deals?q=x')).toBeNull();
    expect(boardFiltersFromHash('#/pipeline/stages?q=x')).toBeNull();
  });

  it('compares the filters only', () => {
    expect(sameBoardFilters(NONE, { ...NONE })).toBe(true);
    expect(sameBoardFilters(NONE, { ...NONE, search: 'a' })).toBe(false);
  });
});

describe('where a search hit opens', () => {
  it("opens an activity on its deal's, company's or contact's timeline, else the activities table", () => {
    const activity = (target: { kind: 'deal' | 'company' | 'contact'; id: string } | null) =>
      searchHitHash({ kind: 'activity', id: 'a1', target: target && { ...target, title: 'T' } }, '#/deals?q=x');
    expect(activity({ kind: 'deal', id: 'd1' })).toBe('#/deals?q=x&deal=d1');
    expect(activity({ kind: 'company', id: 'c1' })).toBe('#/companies/c1');
    expect(activity({ kind: 'contact', id: 'p1' })).toBe('#/contacts/p1');
    expect(activity(null)).toBe('#/activities');
  });
});
