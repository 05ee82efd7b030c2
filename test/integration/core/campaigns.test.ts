import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLogCount, createDealsKit, DAY, type DealsKit, expectFailure, PIPELINE } from './dealsTestKit';

/** Issue 7 item 1: campaigns of a lead source with weekly costs, and the deal's campaign rule. */
let kit: DealsKit;
let web = '';
let fair = '';
beforeEach(async () => {
  // Monday 23 November 2026, 12:00 in Moscow (the workspace zone): ISO week 2026-W48.
  kit = await createDealsKit();
  web = (await kit.client.call('leadSources.create', { name: 'Сайт' })).id;
  fair = (await kit.client.call('leadSources.create', { name: 'Выставки' })).id;
});
afterEach(() => kit.dispose());

const campaign = (input: Record<string, unknown> = {}) =>
  kit.client.call('campaigns.create', { name: 'Директ: поиск', sourceId: web, ...input });

/** A refusal that wrote nothing, as field issues. */
const issueOf = async (method: string, input: unknown) => {
  const before = changeLogCount(kit);
  const error = await expectFailure(kit, method, input, 'BAD_INPUT');
  expect(changeLogCount(kit)).toBe(before);
  return error.issues?.map((issue) => ({ path: issue.path, reason: issue.params?.['reason'] }));
};

describe('campaigns', () => {
  it('creates, reads back its calendar dates and derives the status from them', async () => {
    const created = await campaign({ channel: 'Яндекс', startsOn: '2026-11-23', endsOn: '2026-12-06' });
    expect(created).toMatchObject({
      name: 'Директ: поиск',
      sourceId: web,
      channel: 'Яндекс',
      startsOn: '2026-11-23',
      endsOn: '2026-12-06',
      status: 'active',
      archivedAt: null,
    });
    expect(await kit.client.call('campaigns.get', { id: created.id })).toEqual(created);
    const planned = await campaign({ name: 'Зимняя', startsOn: '2026-12-01' });
    expect(planned.status).toBe('planned');
    const finished = await campaign({ name: 'Осенняя', startsOn: '2026-10-01', endsOn: '2026-11-22' });
    expect(finished.status).toBe('finished');
    // The last day counts in full, in the workspace zone: 6 December 23:59 Moscow is still active.
    kit.clock.set(Date.UTC(2026, 11, 6, 20, 59));
    expect((await kit.client.call('campaigns.get', { id: created.id })).status).toBe('active');
    kit.clock.set(Date.UTC(2026, 11, 6, 21, 0));
    expect((await kit.client.call('campaigns.get', { id: created.id })).status).toBe('finished');
  });

  it('refuses an end before the start on create and on update (against the stored start)', async () => {
    expect(
      await issueOf('campaigns.create', { name: 'X', sourceId: web, startsOn: '2026-12-02', endsOn: '2026-12-01' }),
    ).toEqual([{ path: 'endsOn', reason: 'ends_before_start' }]);
    const created = await campaign({ startsOn: '2026-12-01' });
    expect(await issueOf('campaigns.update', { id: created.id, patch: { endsOn: '2026-11-30' } })).toEqual([
      { path: 'endsOn', reason: 'ends_before_start' },
    ]);
    expect(
      (await kit.client.call('campaigns.update', { id: created.id, patch: { endsOn: '2026-12-01' } })).endsOn,
    ).toBe('2026-12-01');
  });

  it('refuses a duplicate name (any case), an unknown or archived source; renames through update', async () => {
    const created = await campaign();
    expect(await issueOf('campaigns.create', { name: 'ДИРЕКТ: ПОИСК', sourceId: fair })).toEqual([
      { path: 'name', reason: 'name_taken' },
    ]);
    const other = await campaign({ name: 'Другая' });
    expect(await issueOf('campaigns.update', { id: other.id, patch: { name: 'директ: поиск' } })).toEqual([
      { path: 'name', reason: 'name_taken' },
    ]);
    await kit.client.call('leadSources.archive', { id: fair });
    expect(await issueOf('campaigns.create', { name: 'Y', sourceId: fair })).toEqual([
      { path: 'sourceId', reason: 'source_archived' },
    ]);
    expect(await issueOf('campaigns.create', { name: 'Y', sourceId: '00000000-0000-7000-8000-00000000beef' })).toEqual([
      { path: 'sourceId', reason: 'source_not_found' },
    ]);
    const renamed = await kit.client.call('campaigns.update', {
      id: created.id,
      patch: { name: 'Директ: РСЯ', channel: '' },
    });
    expect(renamed).toMatchObject({ name: 'Директ: РСЯ', channel: null });
    // Archived names are free again only while archived: unarchiving a clash is refused.
    await kit.client.call('campaigns.archive', { id: renamed.id });
    await campaign({ name: 'Директ: РСЯ' });
    expect(await issueOf('campaigns.unarchive', { id: renamed.id })).toEqual([{ path: 'name', reason: 'name_taken' }]);
  });

  it('archive leaves the list (not with includeArchived) and unarchive brings it back; each change is logged', async () => {
    const created = await campaign();
    const before = changeLogCount(kit);
    const archived = await kit.client.call('campaigns.archive', { id: created.id });
    expect(archived.status).toBe('archived');
    expect(changeLogCount(kit)).toBe(before + 1);
    expect((await kit.client.call('campaigns.list', {})).map((row) => row.id)).not.toContain(created.id);
    expect((await kit.client.call('campaigns.list', { includeArchived: true })).map((row) => row.id)).toContain(
      created.id,
    );
    expect((await kit.client.call('campaigns.unarchive', { id: created.id })).status).toBe('active');
    expect((await kit.client.call('campaigns.list', { sourceId: fair })).length).toBe(0);
  });
});

describe('weekly costs', () => {
  it('sets one entry per ISO week (a second set replaces it), lists, deletes', async () => {
    const created = await campaign({ startsOn: '2026-11-01' });
    const first = await kit.client.call('campaignCosts.set', {
      campaignId: created.id,
      week: '2026-W48',
      amountMinor: 1_500_000,
      currency: 'RUB',
      visitors: 800,
      impressions: 20_000,
    });
    // Monday 23 November 00:00 Moscow to the next Monday.
    expect(first).toMatchObject({
      week: '2026-W48',
      periodStart: Date.UTC(2026, 10, 22, 21),
      periodEnd: Date.UTC(2026, 10, 22, 21) + 7 * DAY,
      visitors: 800,
      impressions: 20_000,
    });
    const before = changeLogCount(kit);
    const replaced = await kit.client.call('campaignCosts.set', {
      campaignId: created.id,
      week: '2026-W48',
      amountMinor: 1_600_000,
      currency: 'RUB',
      visitors: 800,
      impressions: 20_000,
    });
    expect(replaced.id).toBe(first.id);
    expect(changeLogCount(kit)).toBe(before + 1);
    await kit.client.call('campaignCosts.set', {
      campaignId: created.id,
      week: '2026-W47',
      amountMinor: 0,
      currency: 'RUB',
    });
    expect((await kit.client.call('campaignCosts.list', { campaignId: created.id })).map((row) => row.week)).toEqual([
      '2026-W47',
      '2026-W48',
    ]);
    await kit.client.call('campaignCosts.delete', { id: first.id });
    expect((await kit.client.call('campaignCosts.list', { campaignId: created.id })).map((row) => row.week)).toEqual([
      '2026-W47',
    ]);
    expect(await issueOf('campaignCosts.delete', { id: first.id })).toEqual([{ path: 'id', reason: 'cost_not_found' }]);
  });

  it('refuses a week outside the period, a week that does not exist, an unknown campaign, a negative amount', async () => {
    const created = await campaign({ startsOn: '2026-11-23', endsOn: '2026-11-29' });
    const cost = { campaignId: created.id, amountMinor: 100, currency: 'RUB' };
    expect(await issueOf('campaignCosts.set', { ...cost, week: '2026-W47' })).toEqual([
      { path: 'week', reason: 'week_outside_campaign' },
    ]);
    expect(await issueOf('campaignCosts.set', { ...cost, week: '2026-W49' })).toEqual([
      { path: 'week', reason: 'week_outside_campaign' },
    ]);
    expect(await issueOf('campaignCosts.set', { ...cost, week: '2026-W54' })).toEqual([
      { path: 'week', reason: 'period_invalid' },
    ]);
    expect(
      await issueOf('campaignCosts.set', {
        ...cost,
        week: '2026-W48',
        campaignId: '00000000-0000-7000-8000-00000000beef',
      }),
    ).toEqual([{ path: 'campaignId', reason: 'campaign_not_found' }]);
    const negative = await expectFailure(
      kit,
      'campaignCosts.set',
      { ...cost, week: '2026-W48', amountMinor: -1 },
      'BAD_INPUT',
    );
    expect(negative.issues?.[0]?.path).toBe('amountMinor');
  });

  it('keeps entered costs inside the period: moving the dates past them is refused', async () => {
    const created = await campaign({ startsOn: '2026-11-01' });
    await kit.client.call('campaignCosts.set', {
      campaignId: created.id,
      week: '2026-W48',
      amountMinor: 100,
      currency: 'RUB',
    });
    expect(await issueOf('campaigns.update', { id: created.id, patch: { endsOn: '2026-11-20' } })).toEqual([
      { path: 'endsOn', reason: 'week_outside_campaign' },
    ]);
    expect(await issueOf('campaigns.update', { id: created.id, patch: { startsOn: '2026-12-01' } })).toEqual([
      { path: 'startsOn', reason: 'week_outside_campaign' },
    ]);
  });

  it('feed the KPI engine: a week with one lead has CPL = the week’s cost', async () => {
    const created = await campaign({ startsOn: '2026-11-01' });
    await kit.client.call('campaignCosts.set', {
      campaignId: created.id,
      week: '2026-W48',
      amountMinor: 1_500_000,
      currency: 'RUB',
    });
    await kit.client.call('leads.create', { pipelineId: PIPELINE, companyName: 'ООО «Лид»', campaignId: created.id });
    const report = await kit.client.call('kpi.report', {
      period: { kind: 'week', week: '2026-W48' },
      filters: { campaignId: created.id },
      compare: false,
    });
    expect(report.current.campaigns).toEqual([
      expect.objectContaining({ id: created.id, cost: 1_500_000, leads: 1, cpl: 1_500_000, qualified: 0 }),
    ]);
  });
});

describe("a deal's campaign belongs to its source", () => {
  it('deals.create and leads.create take the campaign’s source when none is given', async () => {
    const created = await campaign();
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'X', campaignId: created.id });
    expect(deal).toMatchObject({ sourceId: web, campaignId: created.id });
    const lead = await kit.client.call('leads.create', {
      pipelineId: PIPELINE,
      contactName: 'Иван',
      campaignId: created.id,
    });
    expect(lead).toMatchObject({ sourceId: web, campaignId: created.id });
  });

  it('refuses a campaign of another source on deals.create, leads.create and deals.update', async () => {
    const created = await campaign();
    expect(
      await issueOf('deals.create', { pipelineId: PIPELINE, title: 'X', sourceId: fair, campaignId: created.id }),
    ).toEqual([{ path: 'campaignId', reason: 'campaign_other_source' }]);
    expect(
      await issueOf('leads.create', {
        pipelineId: PIPELINE,
        companyName: 'ООО «Б»',
        sourceId: fair,
        campaignId: created.id,
      }),
    ).toEqual([{ path: 'campaignId', reason: 'campaign_other_source' }]);
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'X', sourceId: fair });
    expect(await issueOf('deals.update', { id: deal.id, patch: { campaignId: created.id } })).toEqual([
      { path: 'patch.campaignId', reason: 'campaign_other_source' },
    ]);
    // Changing only the source away from the deal's campaign is refused on the source.
    const own = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'Y', campaignId: created.id });
    expect(await issueOf('deals.update', { id: own.id, patch: { sourceId: fair } })).toEqual([
      { path: 'patch.sourceId', reason: 'campaign_other_source' },
    ]);
    expect(await issueOf('deals.update', { id: own.id, patch: { sourceId: null } })).toEqual([
      { path: 'patch.sourceId', reason: 'campaign_other_source' },
    ]);
    // Both at once is how the forms move a deal to another source.
    expect(
      await kit.client.call('deals.update', { id: own.id, patch: { sourceId: fair, campaignId: null } }),
    ).toMatchObject({
      sourceId: fair,
      campaignId: null,
    });
    // A deal without a source takes the campaign's on update too.
    const bare = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'Z' });
    expect(await kit.client.call('deals.update', { id: bare.id, patch: { campaignId: created.id } })).toMatchObject({
      sourceId: web,
      campaignId: created.id,
    });
  });

  it('an archived campaign takes no new deals, keeps its deals editable and cannot move to another source while used', async () => {
    const created = await campaign();
    const deal = await kit.client.call('deals.create', { pipelineId: PIPELINE, title: 'X', campaignId: created.id });
    expect(await issueOf('campaigns.update', { id: created.id, patch: { sourceId: fair } })).toEqual([
      { path: 'sourceId', reason: 'campaign_source_in_use' },
    ]);
    await kit.client.call('campaigns.archive', { id: created.id });
    expect(await issueOf('deals.create', { pipelineId: PIPELINE, title: 'Y', campaignId: created.id })).toEqual([
      { path: 'campaignId', reason: 'campaign_archived' },
    ]);
    expect(
      await issueOf('leads.create', { pipelineId: PIPELINE, contactName: 'Пётр', campaignId: created.id }),
    ).toEqual([{ path: 'campaignId', reason: 'campaign_archived' }]);
    const edited = await kit.client.call('deals.update', { id: deal.id, patch: { title: 'X2' } });
    expect(edited).toMatchObject({ title: 'X2', campaignId: created.id });
  });
});
