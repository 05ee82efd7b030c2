import type { TimelinePageEntry } from '@shared/contract/schemas/timeline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  controlPointIds,
  createDealsKit,
  type DealsKit,
  expectFailure,
  LOSS_REASON_PRICE,
  PIPELINE,
  STAGE,
} from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

type Page = {
  subject: 'deal' | 'company' | 'contact';
  id: string;
  types?: ('activity' | 'stage' | 'field' | 'check')[];
};

/** Every page at `limit` lines, following `next` to the end. */
const allPages = async (query: Page, limit: number) => {
  const pages: TimelinePageEntry[][] = [];
  let after: { at: number; key: string } | undefined;
  for (;;) {
    const page = await kit.client.call('timeline.page', { ...query, limit, ...(after ? { after } : {}) });
    pages.push(page.entries);
    if (!page.next) return pages;
    after = page.next;
  }
};

const line = (entry: TimelinePageEntry) => {
  switch (entry.kind) {
    case 'field':
      return [entry.kind, entry.field, entry.oldValue, entry.newValue];
    case 'stage':
      return [entry.kind, entry.toStageId, entry.toStatus];
    case 'check':
      return [entry.kind, entry.checked];
    case 'activity':
      return [entry.kind, entry.activity.subject];
    default:
      return [entry.kind];
  }
};

/** A deal with edits, moves, a tick, a loss and calls, several of them in the same millisecond. */
const busyDeal = async () => {
  const deal = await kit.client.call('deals.create', {
    pipelineId: PIPELINE,
    stageId: STAGE.newLead,
    title: 'Поставка',
    valueMinor: 100,
  });
  kit.clock.advance(1000);
  // Same millisecond: a call, then an edit of two fields, then a move.
  await kit.client.call('activities.log', { type: 'call', subject: 'Звонок 1', dealId: deal.id });
  await kit.client.call('deals.update', { id: deal.id, patch: { title: 'Поставка серверов', valueMinor: 250 } });
  await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification });
  kit.clock.advance(1000);
  const [budget] = controlPointIds('qualification');
  await kit.client.call('deals.check', { dealId: deal.id, controlPointId: budget ?? '', checked: true });
  // Back-dated to the deal's first second: lands before the edits, after the creation.
  await kit.client.call('activities.log', {
    type: 'email',
    subject: 'Письмо задним числом',
    dealId: deal.id,
    doneAt: kit.clock.now() - 2000,
  });
  kit.clock.advance(1000);
  await kit.client.call('deals.lose', { id: deal.id, lossReasonId: LOSS_REASON_PRICE, note: 'Дорого' });
  return { deal, budget: budget ?? '' };
};

describe('timeline.page', () => {
  it('lists a deal’s activities, moves, edits and ticks newest first by time then HLC, as the drawer’s history does', async () => {
    const { deal } = await busyDeal();
    const page = await kit.client.call('timeline.page', { subject: 'deal', id: deal.id });
    expect(page.next).toBeNull();
    expect(page.entries.map(line)).toEqual([
      ['stage', STAGE.qualification, 'lost'],
      ['field', 'lossNote', null, 'Дорого'],
      ['field', 'lossReasonId', null, LOSS_REASON_PRICE],
      ['check', true],
      ['stage', STAGE.qualification, 'open'],
      ['field', 'valueMinor', 100, 250],
      ['field', 'title', 'Поставка', 'Поставка серверов'],
      ['activity', 'Звонок 1'],
      ['activity', 'Письмо задним числом'],
      ['created'],
    ]);
    // Ties: within a millisecond the order key (HLC) decides, strictly descending.
    for (const [index, entry] of page.entries.entries()) {
      const newer = page.entries[index - 1];
      if (newer) expect(newer.at > entry.at || (newer.at === entry.at && newer.key > entry.key)).toBe(true);
    }
    expect(page.entries[0]?.actorName).toBe('Анна Петрова');
    expect(page.refs[LOSS_REASON_PRICE]).toEqual({ kind: 'lossReason', name: null, defaultKey: 'price' });
  });

  it('pages by keyset at every page size: no line lost or repeated, the last page says so, later writes do not shift pages', async () => {
    const { deal } = await busyDeal();
    const full = (await kit.client.call('timeline.page', { subject: 'deal', id: deal.id, limit: 200 })).entries;
    expect(full).toHaveLength(10);
    for (const limit of [1, 2, 3, 5, 9, 10, 11]) {
      const pages = await allPages({ subject: 'deal', id: deal.id }, limit);
      expect(pages.flat().map((entry) => entry.key)).toEqual(full.map((entry) => entry.key));
      // A page is full until the last; a total that is a multiple of the size ends on a full page with next null.
      expect(pages.slice(0, -1).every((entries) => entries.length === limit)).toBe(true);
      expect(pages.length).toBe(Math.ceil(10 / limit));
    }
    // A line written after page one was read (newer than all) does not push lines onto page two.
    const first = await kit.client.call('timeline.page', { subject: 'deal', id: deal.id, limit: 4 });
    kit.clock.advance(1000);
    await kit.client.call('activities.log', { type: 'note', subject: 'Позже', dealId: deal.id });
    const second = await kit.client.call('timeline.page', {
      subject: 'deal',
      id: deal.id,
      limit: 4,
      after: first.next ?? undefined,
    });
    expect(second.entries.map((entry) => entry.key)).toEqual(full.slice(4, 8).map((entry) => entry.key));
    // A cursor inside a millisecond's run of lines resumes after exactly that line.
    const tie = full.findIndex((entry, index) => full[index + 1]?.at === entry.at);
    const resumed = await kit.client.call('timeline.page', {
      subject: 'deal',
      id: deal.id,
      after: { at: full[tie]!.at, key: full[tie]!.key },
    });
    expect(resumed.entries.map((entry) => entry.key)).toEqual(full.slice(tie + 1).map((entry) => entry.key));
  });

  it('filters by kind, also across pages', async () => {
    const { deal } = await busyDeal();
    const activities = await allPages({ subject: 'deal', id: deal.id, types: ['activity'] }, 1);
    expect(activities.flat().map(line)).toEqual([
      ['activity', 'Звонок 1'],
      ['activity', 'Письмо задним числом'],
    ]);
    const moves = await kit.client.call('timeline.page', { subject: 'deal', id: deal.id, types: ['stage', 'check'] });
    expect(moves.entries.map((entry) => entry.kind)).toEqual(['stage', 'check', 'stage', 'created']);
    await expectFailure(kit, 'timeline.page', { subject: 'deal', id: deal.id, types: [] }, 'BAD_INPUT');
  });

  it('on a company and a contact: their own edits, their deals’ moves (with the deal) and their activities', async () => {
    const { company } = await kit.client.call('companies.create', { name: 'Ромашка' });
    const { contact } = await kit.client.call('contacts.create', { name: 'Иван Петров', companyId: company.id });
    kit.clock.advance(1000);
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Поставка',
      companyId: company.id,
      contactId: contact.id,
    });
    kit.clock.advance(1000);
    await kit.client.call('companies.update', { id: company.id, patch: { region: 'Москва' } });
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification });
    kit.clock.advance(1000);
    await kit.client.call('activities.log', { type: 'call', subject: 'Звонок Ивану', contactId: contact.id });
    const onCompany = await kit.client.call('timeline.page', { subject: 'company', id: company.id });
    expect(onCompany.entries.map((entry) => [...line(entry), entry.dealTitle])).toEqual([
      ['activity', 'Звонок Ивану', null],
      ['stage', STAGE.qualification, 'open', 'Поставка'],
      ['field', 'region', null, 'Москва', null],
      ['created', 'Поставка'],
      ['created', null],
    ]);
    const onContact = await kit.client.call('timeline.page', { subject: 'contact', id: contact.id });
    expect(onContact.entries.map((entry) => [entry.kind, entry.dealTitle])).toEqual([
      ['activity', null],
      ['stage', 'Поставка'],
      ['created', 'Поставка'],
      ['created', null],
    ]);
    await expectFailure(kit, 'timeline.page', { subject: 'contact', id: company.id }, 'NOT_FOUND');
  });

  it('on a company: another company’s activity stays out, a delete and its undo show as the company’s', async () => {
    const { company } = await kit.client.call('companies.create', { name: 'Ромашка' });
    const other = (await kit.client.call('companies.create', { name: 'Лютик' })).company;
    kit.clock.advance(1000);
    await kit.client.call('activities.log', { type: 'call', subject: 'Наш звонок', companyId: company.id });
    await kit.client.call('activities.log', { type: 'call', subject: 'Чужой звонок', companyId: other.id });
    kit.clock.advance(1000);
    await kit.client.call('companies.delete', { id: company.id });
    kit.clock.advance(1000);
    await kit.client.call('companies.restore', { id: company.id });
    const page = await kit.client.call('timeline.page', { subject: 'company', id: company.id });
    expect(page.entries.map((entry) => [...line(entry), entry.dealId])).toEqual([
      ['restored', null],
      ['deleted', null],
      ['activity', 'Наш звонок', null],
      ['created', null],
    ]);
  });
});
