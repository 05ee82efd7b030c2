import { activitiesListInputSchema } from '@shared/contract/schemas/activities';
import { describe, expect, it } from 'vitest';
import { listFromParams, listToParams } from '../../../src-renderer/ui/ListPage/listUrl';
import {
  ACTIVITIES_URL_FILTERS,
  INITIAL_ACTIVITIES_TABLE,
  isActivitySortField,
  toActivitiesQuery,
} from '../../../src-renderer/modules/activities/utils/toActivitiesQuery';

const MOSCOW = 'Europe/Moscow';

describe('the activities table query', () => {
  it('asks for every done activity, newest first, one page at a time', () => {
    const query = toActivitiesQuery(INITIAL_ACTIVITIES_TABLE, MOSCOW);
    expect(query).toEqual({ sort: { field: 'doneAt', dir: 'desc' }, offset: 0, limit: 25 });
    expect(activitiesListInputSchema.safeParse(query).success).toBe(true);
  });

  it('turns the dates into [from, to) instants of whole days in the workspace zone', () => {
    const query = toActivitiesQuery(
      {
        ...INITIAL_ACTIVITIES_TABLE,
        type: 'call',
        ownerId: 'u1',
        outcome: 'reached',
        from: '2026-12-01',
        to: '2026-12-03',
      },
      MOSCOW,
    );
    expect(query).toMatchObject({
      types: ['call'],
      ownerId: 'u1',
      outcome: 'reached',
      // Midnight in Moscow is 21:00 UTC the day before; the last date counts whole.
      from: Date.UTC(2026, 10, 30, 21),
      to: Date.UTC(2026, 11, 3, 21),
    });
  });

  it('leaves an open end open and ignores a date that does not exist', () => {
    const fromOnly = toActivitiesQuery({ ...INITIAL_ACTIVITIES_TABLE, from: '2026-12-01' }, 'UTC');
    expect(fromOnly.from).toBe(Date.UTC(2026, 11, 1));
    expect(fromOnly).not.toHaveProperty('to');
    expect(toActivitiesQuery({ ...INITIAL_ACTIVITIES_TABLE, to: '2026-02-31' }, 'UTC')).not.toHaveProperty('to');
  });

  it('keeps the filters and sort in the URL and reads back only what it understands', () => {
    const state = {
      ...INITIAL_ACTIVITIES_TABLE,
      type: 'email' as const,
      from: '2026-12-01',
      sort: { id: 'subject', desc: false },
    };
    const params = listToParams(state, INITIAL_ACTIVITIES_TABLE, ACTIVITIES_URL_FILTERS);
    expect(params).toEqual({ type: 'email', from: '2026-12-01', sort: 'subject' });
    const back = listFromParams(
      new URLSearchParams(params),
      INITIAL_ACTIVITIES_TABLE,
      ACTIVITIES_URL_FILTERS,
      isActivitySortField,
    );
    expect(back).toEqual(state);
    const odd = listFromParams(
      new URLSearchParams({ type: 'fax', outcome: 'maybe', from: 'yesterday', sort: 'outcome' }),
      INITIAL_ACTIVITIES_TABLE,
      ACTIVITIES_URL_FILTERS,
      isActivitySortField,
    );
    expect(odd).toEqual(INITIAL_ACTIVITIES_TABLE);
  });
});
