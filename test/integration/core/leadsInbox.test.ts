import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { leadSla } from '@shared/domain/leadSla';
import {
  changeLogCount,
  createDealsKit,
  type DealsKit,
  expectFailure,
  itemsBefore,
  LOSS_REASON_PRICE,
  PIPELINE,
  STAGE,
  transitionsOf,
} from './dealsTestKit';

const HOUR = 3_600_000;
let kit: DealsKit;

beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const create = async (title: string, stage: keyof typeof STAGE = 'newLead', extra: Record<string, unknown> = {}) =>
  kit.client.call('deals.create', {
    pipelineId: PIPELINE,
    title,
    stageId: STAGE[stage],
    checkedControlPointIds: itemsBefore(stage),
    ...extra,
  });

const titles = (rows: readonly { title: string }[]) => rows.map((row) => row.title);

const insertActivity = (dealId: string, type: string, doneAt: number, direction: string | null = null) =>
  kit.backend.db.sqlite
    .prepare(
      `INSERT INTO activities (id, type, direction, subject, deal_id, done_at, created_at, updated_at)
       VALUES (?, ?, ?, 'x', ?, ?, ?, ?)`,
    )
    .run(uuidv7(), type, direction, dealId, doneAt, doneAt, doneAt);

describe('leads.list', () => {
  it('lists the open deals of the awareness and interest stages only', async () => {
    await create('Сырой лид');
    await create('На квалификации', 'qualification');
    await create('Предложение', 'proposal');
    const lost = await create('Потерянный');
    await kit.client.call('deals.lose', { id: lost.id, lossReasonId: LOSS_REASON_PRICE });
    const deleted = await create('Удалённый');
    await kit.client.call('deals.delete', { id: deleted.id });

    const page = await kit.client.call('leads.list', {});
    expect(titles(page.rows).sort()).toEqual(['На квалификации', 'Сырой лид']);
    expect(page.total).toBe(2);
    expect(page.rows.find((row) => row.title === 'Сырой лид')?.step).toBe('awareness');
    expect(page.rows.find((row) => row.title === 'На квалификации')?.step).toBe('interest');
    expect(titles((await kit.client.call('leads.list', { step: 'interest' })).rows)).toEqual(['На квалификации']);
  });

  it('pages and sorts by age without overlaps, newest first by default', async () => {
    for (const title of ['A', 'B', 'C', 'D', 'E']) {
      kit.clock.advance(60_000);
      await create(title);
    }
    const first = await kit.client.call('leads.list', { limit: 2 });
    const second = await kit.client.call('leads.list', { limit: 2, offset: 2 });
    const third = await kit.client.call('leads.list', { limit: 2, offset: 4 });
    expect([...titles(first.rows), ...titles(second.rows), ...titles(third.rows)]).toEqual(['E', 'D', 'C', 'B', 'A']);
    expect(first.total).toBe(5);
    const oldest = await kit.client.call('leads.list', { sort: { field: 'createdAt', dir: 'asc' }, limit: 3 });
    expect(titles(oldest.rows)).toEqual(['A', 'B', 'C']);
  });

  it('counts the age in calendar days of the workspace time zone', async () => {
    // 20:30 UTC is 23:30 in Moscow: one hour later it is the next day there, not in UTC.
    kit.clock.set(Date.UTC(2026, 10, 23, 20, 30));
    await create('Поздний лид');
    kit.clock.advance(HOUR);
    expect((await kit.client.call('leads.list', {})).rows[0]?.ageDays).toBe(1);
    await kit.client.call('settings.set', { 'workspace.timeZone': 'UTC' });
    expect((await kit.client.call('leads.list', {})).rows[0]?.ageDays).toBe(0);
    kit.clock.advance(3 * 24 * HOUR);
    expect((await kit.client.call('leads.list', {})).rows[0]?.ageDays).toBe(3);
  });

  it('gives each lead the SLA deadline of its stage and sorts by it, leads without an SLA last', async () => {
    const start = kit.clock.now();
    const fresh = await create('Новый, 4 ч');
    kit.clock.advance(HOUR);
    const qualifying = await create('Квалификация, 24 ч', 'qualification');
    kit.clock.advance(HOUR);
    const late = await create('Новый позже, 4 ч');
    const page = await kit.client.call('leads.list', { sort: { field: 'slaDueAt', dir: 'asc' } });
    expect(titles(page.rows)).toEqual([fresh.title, late.title, qualifying.title]);
    expect(page.rows[0]?.slaDueAt).toBe(start + 4 * HOUR);
    expect(page.rows[2]?.slaDueAt).toBe(start + HOUR + 24 * HOUR);

    await kit.client.call('stages.update', { id: STAGE.newLead, patch: { slaHours: null } });
    const withoutSla = await kit.client.call('leads.list', { sort: { field: 'slaDueAt', dir: 'asc' } });
    expect(titles(withoutSla.rows)[0]).toBe(qualifying.title);
    expect(withoutSla.rows[1]?.slaDueAt).toBeNull();
  });

  it('an SLA breach is elapsed hours: a DST switch in the workspace zone does not move it', async () => {
    await kit.client.call('settings.set', { 'workspace.timeZone': 'Europe/Berlin' });
    // Berlin leaves summer time at 01:00 UTC on 25 Oct 2026; the 4-hour SLA still ends 4 real hours later.
    kit.clock.set(Date.UTC(2026, 9, 24, 23, 0));
    const lead = await create('Через смену времени');
    const row = (await kit.client.call('leads.list', {})).rows[0];
    expect(row?.slaDueAt).toBe(lead.createdAt + 4 * HOUR);
    kit.clock.advance(4 * HOUR - 1);
    let page = await kit.client.call('leads.list', {});
    expect(leadSla({ ...page.rows[0]!, now: page.now }).state).toBe('running');
    kit.clock.advance(2);
    page = await kit.client.call('leads.list', {});
    expect(leadSla({ ...page.rows[0]!, now: page.now }).state).toBe('breached');
  });

  it("the deal's first outbound touch meets the SLA, even one before the deal; inbound or other work does not", async () => {
    const lead = await create('Лид со звонком');
    insertActivity(lead.id, 'call', lead.createdAt + HOUR, 'inbound');
    insertActivity(lead.id, 'note', lead.createdAt + HOUR);
    kit.clock.advance(2 * HOUR);
    let row = (await kit.client.call('leads.list', {})).rows[0]!;
    expect(row.firstTouchAt).toBeNull();
    insertActivity(lead.id, 'email', lead.createdAt + 2 * HOUR, 'outbound');
    kit.clock.advance(10 * HOUR);
    let page = await kit.client.call('leads.list', {});
    row = page.rows[0]!;
    expect(row.firstTouchAt).toBe(lead.createdAt + 2 * HOUR);
    expect(leadSla({ ...row, now: page.now }).state).toBe('met');
    // A call logged before the deal was created is its first touch, as in the drawer.
    insertActivity(lead.id, 'call', lead.createdAt - 1);
    page = await kit.client.call('leads.list', {});
    expect(page.rows[0]!.firstTouchAt).toBe(lead.createdAt - 1);
    expect(leadSla({ ...page.rows[0]!, now: page.now }).state).toBe('met');
  });

  it('filters by owner, unassigned, source and search, and names company, contact and owner', async () => {
    const source = (await kit.client.call('leadSources.list', {}))[0]!.id;
    await create('Аннин лид', 'newLead', {
      newCompany: { name: 'ООО Ромашка' },
      newContact: { name: 'Иван Сидоров' },
      sourceId: source,
    });
    await create('Борин лид', 'newLead', { ownerId: kit.boris });
    await create('Ничей лид', 'newLead', { ownerId: null });
    expect(titles((await kit.client.call('leads.list', { ownerId: kit.boris })).rows)).toEqual(['Борин лид']);
    expect(titles((await kit.client.call('leads.list', { unassigned: true })).rows)).toEqual(['Ничей лид']);
    const bySource = await kit.client.call('leads.list', { sourceId: source });
    expect(titles(bySource.rows)).toEqual(['Аннин лид']);
    expect(bySource.rows[0]).toMatchObject({
      companyName: 'ООО Ромашка',
      contactName: 'Иван Сидоров',
      ownerName: 'Анна Петрова',
      bantScore: null,
      icpFit: null,
    });
    expect(titles((await kit.client.call('leads.list', { search: 'ромашк' })).rows)).toEqual(['Аннин лид']);
    // Punctuation alone has no word to find: nothing, in every sort (the newest-first one reads a forced index).
    for (const field of ['createdAt', 'slaDueAt', 'title'] as const) {
      const page = await kit.client.call('leads.list', { search: '%', sort: { field, dir: 'desc' } });
      expect([page.rows, page.total]).toEqual([[], 0]);
    }
  });
});

describe('leads.assign', () => {
  it('gives every selected lead one owner in one write, one change-log message per changed owner', async () => {
    const a = await create('A');
    const b = await create('B', 'newLead', { ownerId: kit.boris });
    const before = changeLogCount(kit);
    const result = await kit.client.call('leads.assign', { ids: [a.id, b.id], ownerId: kit.boris });
    expect(result.count).toBe(1);
    expect(changeLogCount(kit) - before).toBe(1);
    expect((await kit.client.call('leads.list', { ownerId: kit.boris })).total).toBe(2);
    await kit.client.call('leads.assign', { ids: [a.id, b.id], ownerId: null });
    expect((await kit.client.call('leads.list', { unassigned: true })).total).toBe(2);
  });

  it('refuses the whole batch for an unknown deal or a deactivated owner', async () => {
    const a = await create('A');
    await expectFailure(kit, 'leads.assign', { ids: [a.id, uuidv7()], ownerId: kit.boris }, 'NOT_FOUND');
    expect((await kit.client.call('deals.get', { id: a.id })).ownerId).toBe(kit.anna);
    kit.backend.db.sqlite.prepare('UPDATE users SET active = 0 WHERE id = ?').run(kit.boris);
    await expectFailure(kit, 'leads.assign', { ids: [a.id], ownerId: kit.boris }, 'BAD_INPUT');
  });
});

describe('leads.disqualify', () => {
  it('loses every selected lead with the reason, a transition each, and they leave the inbox', async () => {
    const a = await create('A');
    const b = await create('B', 'qualification');
    await expectFailure(kit, 'leads.disqualify', { ids: [a.id, b.id] }, 'LOSS_REASON_REQUIRED');
    const result = await kit.client.call('leads.disqualify', {
      ids: [a.id, b.id],
      lossReasonId: LOSS_REASON_PRICE,
      note: 'Нет бюджета',
    });
    expect(result.count).toBe(2);
    for (const id of [a.id, b.id]) {
      const deal = await kit.client.call('deals.get', { id });
      expect(deal).toMatchObject({ status: 'lost', lossReasonId: LOSS_REASON_PRICE, lossNote: 'Нет бюджета' });
      expect(transitionsOf(kit, id).at(-1)).toMatchObject({ to_status: 'lost', by_user_id: kit.anna });
    }
    expect((await kit.client.call('leads.list', {})).total).toBe(0);
  });

  it('is all or nothing: a lead closed meanwhile refuses the batch and nothing is lost', async () => {
    const a = await create('A');
    const b = await create('B');
    await kit.client.call('deals.lose', { id: b.id, lossReasonId: LOSS_REASON_PRICE });
    const before = changeLogCount(kit);
    await expectFailure(kit, 'leads.disqualify', { ids: [a.id, b.id], lossReasonId: LOSS_REASON_PRICE }, 'CONFLICT');
    expect((await kit.client.call('deals.get', { id: a.id })).status).toBe('open');
    expect(changeLogCount(kit)).toBe(before);
  });
});
