import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, insertDealsFast, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

/** `title:group key` of a page, in its order. */
const page = async (
  input: Record<string, unknown>,
  key: (row: { stageId: string; ownerId: string | null }) => string,
) => (await kit.client.call('deals.list', { limit: 50, ...input })).rows.map((row) => `${row.valueMinor}:${key(row)}`);

describe('deals grouped by stage, owner or source', () => {
  it('lists the groups in funnel order with their counts and sums, rows of a group together, sorted within it', async () => {
    insertDealsFast(kit, [
      { stageId: STAGE.proposal, valueMinor: 300, ownerId: kit.anna },
      { stageId: STAGE.newLead, valueMinor: 100, ownerId: kit.boris },
      { stageId: STAGE.proposal, valueMinor: 500, ownerId: null },
      { stageId: STAGE.newLead, valueMinor: 200, ownerId: kit.anna, currency: 'USD' },
      { stageId: STAGE.qualification, valueMinor: 50, ownerId: kit.boris },
    ]);
    const stageName = new Map(Object.entries(STAGE).map(([name, id]) => [id, name]));
    const byStage = await page(
      { groupBy: 'stage', sort: { field: 'valueMinor', dir: 'desc' } },
      (row) => stageName.get(row.stageId) ?? '?',
    );
    expect(byStage).toEqual(['200:newLead', '100:newLead', '50:qualification', '500:proposal', '300:proposal']);
    const { groups } = await kit.client.call('deals.groups', { groupBy: 'stage' });
    expect(groups.map((group) => [stageName.get(group.key), group.count, group.totals])).toEqual([
      [
        'newLead',
        2,
        [
          { currency: 'RUB', sumMinor: 100 },
          { currency: 'USD', sumMinor: 200 },
        ],
      ],
      ['qualification', 1, [{ currency: 'RUB', sumMinor: 50 }]],
      ['proposal', 2, [{ currency: 'RUB', sumMinor: 800 }]],
    ]);
    expect(groups[0]?.defaultKey).toBeTruthy();

    // A folded group leaves the pages (and their total), not the group list.
    const folded = await kit.client.call('deals.list', {
      groupBy: 'stage',
      collapsedGroups: [STAGE.newLead],
      sort: { field: 'valueMinor', dir: 'asc' },
    });
    expect(folded.total).toBe(3);
    expect(folded.rows.map((row) => row.valueMinor)).toEqual([50, 300, 500]);
    // Folding means nothing without grouping.
    expect((await kit.client.call('deals.list', { collapsedGroups: [STAGE.newLead] })).total).toBe(5);

    // By owner: by name (Анна before Борис), the deals of no one last; filters narrow the groups.
    const owner = (row: { ownerId: string | null }) =>
      row.ownerId === kit.anna ? 'А' : row.ownerId === kit.boris ? 'Б' : '-';
    expect(await page({ groupBy: 'owner', sort: { field: 'valueMinor', dir: 'asc' } }, owner)).toEqual([
      '200:А',
      '300:А',
      '50:Б',
      '100:Б',
      '500:-',
    ]);
    const owners = await kit.client.call('deals.groups', { groupBy: 'owner', stageId: STAGE.proposal });
    expect(owners.groups.map((group) => [group.name, group.count])).toEqual([
      ['Анна Петрова', 1],
      [null, 1],
    ]);
    expect(owners.groups.at(-1)?.key).toBe('');
    const folding = await kit.client.call('deals.list', { groupBy: 'owner', collapsedGroups: [''] });
    expect(folding.total).toBe(4);
  });

  it('groups by source, the deals without one last', async () => {
    const sources = await kit.client.call('leadSources.list', {});
    const [first] = sources;
    if (!first) throw new Error('no seeded source');
    insertDealsFast(kit, [
      { stageId: STAGE.newLead, valueMinor: 1, ownerId: null },
      { stageId: STAGE.newLead, valueMinor: 2, ownerId: null },
    ]);
    const [deal] = (await kit.client.call('deals.list', { sort: { field: 'valueMinor', dir: 'asc' } })).rows;
    if (!deal) throw new Error('no deal');
    await kit.client.call('deals.update', { id: deal.id, patch: { sourceId: first.id } });
    const { groups } = await kit.client.call('deals.groups', { groupBy: 'source' });
    expect(groups.map((group) => [group.key, group.count])).toEqual([
      [first.id, 1],
      ['', 1],
    ]);
    expect((await kit.client.call('deals.list', { groupBy: 'source' })).rows.map((row) => row.valueMinor)).toEqual([
      1, 2,
    ]);
  });
});
