import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile, undo } from '../import/importFile';
import { createDealsKit, DAY, type DealsKit, expectFailure, insertDealsFast, STAGE, tickAll } from './dealsTestKit';

let kit: DealsKit;
// Monday 2026-11-02 10:00 Moscow.
const START = Date.UTC(2026, 10, 2, 7, 0, 0);
beforeEach(async () => {
  kit = await createDealsKit(START);
});
afterEach(() => kit.dispose());

const company = async (name = 'ООО «Клиент»') => (await kit.client.call('companies.create', { name })).company;

/** A deal of the company taken through every gate and won. */
const winDealOf = async (companyId: string | null) => {
  const [id = ''] = insertDealsFast(kit, [{ stageId: STAGE.contract, valueMinor: 100_000, ownerId: kit.anna }]);
  await kit.client.call('deals.update', { id, patch: { companyId } });
  await tickAll(kit, id, 'qualification', 'proposal', 'negotiation', 'contract');
  return kit.client.call('deals.win', { id });
};

const customerRow = (companyId: string) =>
  kit.backend.db.sqlite.prepare('SELECT * FROM customers WHERE id = ?').get(companyId) as
    | {
        status: string;
        since_at: number;
        active_at: number | null;
        churned_at: number | null;
        deleted_at: number | null;
      }
    | undefined;

describe('a won deal makes its company a customer', () => {
  it('starts onboarding from the win, through the change log, and only for deals with a company', async () => {
    const acme = await company();
    expect((await kit.client.call('customers.get', { companyId: acme.id })).customer).toBeNull();
    await winDealOf(null);
    expect(kit.backend.db.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);

    kit.clock.advance(1000);
    const deal = await winDealOf(acme.id);
    const card = await kit.client.call('customers.get', { companyId: acme.id });
    expect(card.customer).toMatchObject({ status: 'onboarding', sinceAt: deal.wonAt, activeAt: null, churnedAt: null });
    expect(card.customer?.onboarding.map((step) => step.step)).toEqual([
      'kickoff',
      'access',
      'training',
      'first_value',
    ]);
    const logged = kit.backend.db.sqlite
      .prepare("SELECT count(*) FROM change_log WHERE row_id = ? AND tbl = 'customers'")
      .pluck()
      .get(acme.id);
    expect(logged).toBeGreaterThan(0);
    expect(kit.backend.received).toContainEqual({
      type: 'data.changed',
      tables: expect.arrayContaining(['customers']),
    });
  });

  it('a second win leaves an onboarding customer as it is; a win of a churned one reactivates it', async () => {
    const acme = await company();
    const first = await winDealOf(acme.id);
    kit.clock.advance(DAY);
    await winDealOf(acme.id);
    expect(customerRow(acme.id)).toMatchObject({ status: 'onboarding', since_at: first.wonAt });

    await kit.client.call('customers.churn', { companyId: acme.id, reason: 'Ушли к конкуренту' });
    kit.clock.advance(DAY);
    const comeback = await winDealOf(acme.id);
    expect(customerRow(acme.id)).toMatchObject({ status: 'active', active_at: comeback.wonAt, churned_at: null });
  });

  it('a won deal moved to another company makes that company a customer', async () => {
    const acme = await company('ООО «Первая»');
    const other = await company('ООО «Вторая»');
    const deal = await winDealOf(acme.id);
    expect(customerRow(other.id)).toBeUndefined();
    await kit.client.call('deals.update', { id: deal.id, patch: { companyId: other.id } });
    expect(customerRow(other.id)).toMatchObject({ status: 'onboarding', since_at: deal.wonAt });
  });

  it('an import of won deals makes customers, and undoing the import takes them away', async () => {
    await company('ООО «Импорт»');
    const csv = new TextEncoder().encode('title,company,stage\nПоставка,ООО «Импорт»,Won\nЕщё,ООО «Импорт»,Open\n');
    const summary = await importFile(kit.backend, csv, {
      entity: 'deals',
      columns: { title: 'title', company: 'company', stage: 'stage' },
      values: { stage: { Won: { stage: 'contract', status: 'won' }, Open: 'new_lead' } },
      dedupe: { keys: ['title'], action: 'skip' },
    });
    const companyId = kit.backend.db.sqlite
      .prepare("SELECT id FROM companies WHERE name = 'ООО «Импорт»'")
      .pluck()
      .get() as string;
    expect(customerRow(companyId)).toMatchObject({ status: 'onboarding', deleted_at: null });
    await undo(kit.backend, summary.importId ?? '');
    expect(customerRow(companyId)?.deleted_at).not.toBeNull();
    expect((await kit.client.call('customers.get', { companyId })).customer).toBeNull();
  });
});

describe('onboarding, churn and reactivation', () => {
  it('ticking every step makes the customer active; unticking keeps it active', async () => {
    const acme = await company();
    await winDealOf(acme.id);
    for (const step of ['kickoff', 'access', 'training'] as const) {
      const card = await kit.client.call('customers.tickOnboarding', { companyId: acme.id, step, done: true });
      expect(card.customer?.status).toBe('onboarding');
    }
    kit.clock.advance(60_000);
    const done = await kit.client.call('customers.tickOnboarding', {
      companyId: acme.id,
      step: 'first_value',
      done: true,
    });
    expect(done.customer).toMatchObject({ status: 'active', activeAt: kit.clock.now() });
    expect(done.customer?.onboarding.every((step) => step.doneAt !== null && step.doneByName === 'Анна Петрова')).toBe(
      true,
    );
    const undone = await kit.client.call('customers.tickOnboarding', {
      companyId: acme.id,
      step: 'training',
      done: false,
    });
    expect(undone.customer?.status).toBe('active');
    expect(undone.customer?.onboarding.find((step) => step.step === 'training')).toMatchObject({
      doneAt: null,
      doneByName: null,
    });
  });

  it('a manager may end onboarding early; only an onboarding customer', async () => {
    const acme = await company();
    await winDealOf(acme.id);
    expect((await kit.client.call('customers.activate', { companyId: acme.id })).customer?.status).toBe('active');
    const again = await expectFailure(kit, 'customers.activate', { companyId: acme.id }, 'CONFLICT');
    expect(again.params).toMatchObject({ reason: 'customer_not_onboarding' });
  });

  it('churns on a past day with a reason, refuses a future day, and reactivates', async () => {
    const acme = await company();
    await winDealOf(acme.id);
    kit.clock.advance(10 * DAY);
    const future = await expectFailure(
      kit,
      'customers.churn',
      { companyId: acme.id, reason: 'Бюджет', churnedOn: '2026-12-31' },
      'BAD_INPUT',
    );
    expect(future.issues?.[0]).toMatchObject({ path: 'churnedOn', params: { reason: 'date_in_future' } });
    const empty = await expectFailure(kit, 'customers.churn', { companyId: acme.id, reason: '  ' }, 'BAD_INPUT');
    expect(empty.issues?.[0]?.path).toEqual('reason');

    const churned = await kit.client.call('customers.churn', {
      companyId: acme.id,
      reason: 'Бюджет',
      churnedOn: '2026-11-05',
    });
    // Noon of 5 November in Moscow (UTC+3).
    expect(churned.customer).toMatchObject({
      status: 'churned',
      churnedAt: Date.UTC(2026, 10, 5, 9),
      churnReason: 'Бюджет',
    });
    expect(churned.customer?.noContact).toBe(false);
    const twice = await expectFailure(kit, 'customers.churn', { companyId: acme.id, reason: 'x' }, 'CONFLICT');
    expect(twice.params).toMatchObject({ reason: 'customer_churned' });
    const tick = await expectFailure(
      kit,
      'customers.tickOnboarding',
      { companyId: acme.id, step: 'kickoff', done: true },
      'CONFLICT',
    );
    expect(tick.params).toMatchObject({ reason: 'customer_churned' });

    const back = await kit.client.call('customers.reactivate', { companyId: acme.id });
    expect(back.customer).toMatchObject({
      status: 'active',
      activeAt: kit.clock.now(),
      churnedAt: null,
      churnReason: null,
    });
    const notChurned = await expectFailure(kit, 'customers.reactivate', { companyId: acme.id }, 'CONFLICT');
    expect(notChurned.params).toMatchObject({ reason: 'customer_not_churned' });
  });

  it('the companies table shows each company as a customer or not, filters and sorts by it', async () => {
    const onboarding = await company('Онбординг');
    const active = await company('Активный');
    const churned = await company('Ушедший');
    const prospect = await company('Потенциальный');
    await winDealOf(onboarding.id);
    kit.clock.advance(DAY);
    await winDealOf(active.id);
    await kit.client.call('customers.activate', { companyId: active.id });
    kit.clock.advance(DAY);
    await winDealOf(churned.id);
    await kit.client.call('customers.churn', { companyId: churned.id, reason: 'Цена' });
    const list = (customer?: 'current' | 'onboarding' | 'active' | 'churned' | 'none') =>
      kit.client.call('companies.list', { ...(customer ? { customer } : {}), sort: { field: 'name', dir: 'asc' } });
    const statuses = Object.fromEntries(
      (await list()).rows.map((row) => [row.name, [row.customerStatus, row.customerSince !== null]]),
    );
    expect(statuses).toEqual({
      Онбординг: ['onboarding', true],
      Активный: ['active', true],
      Ушедший: ['churned', true],
      Потенциальный: [null, false],
    });
    const names = async (customer: Parameters<typeof list>[0]) => (await list(customer)).rows.map((row) => row.name);
    expect(await names('current')).toEqual(['Активный', 'Онбординг']);
    expect(await names('onboarding')).toEqual(['Онбординг']);
    expect(await names('active')).toEqual(['Активный']);
    expect(await names('churned')).toEqual(['Ушедший']);
    expect(await names('none')).toEqual(['Потенциальный']);
    expect((await list('current')).total).toBe(2);
    const newestFirst = await kit.client.call('companies.list', { sort: { field: 'customerSince', dir: 'desc' } });
    expect(newestFirst.rows.map((row) => row.name)).toEqual(['Ушедший', 'Активный', 'Онбординг', 'Потенциальный']);
    expect(prospect.id).toBeTruthy();
  });

  it('refuses retention actions on a company that is not a customer', async () => {
    const acme = await company();
    for (const [method, input] of [
      ['customers.churn', { companyId: acme.id, reason: 'x' }],
      ['customers.activate', { companyId: acme.id }],
      ['nps.record', { companyId: acme.id, score: 9 }],
    ] as const) {
      const error = await expectFailure(kit, method, input, 'CONFLICT');
      expect(error.params, method).toMatchObject({ reason: 'not_a_customer' });
    }
  });
});

describe('NPS answers', () => {
  it('records answers (by the company’s own contacts only), scores them, and deletes one', async () => {
    const acme = await company();
    const other = await company('ООО «Чужая»');
    await winDealOf(acme.id);
    const ivan = (await kit.client.call('contacts.create', { name: 'Иван Петров', companyId: acme.id })).contact;
    const stranger = (await kit.client.call('contacts.create', { name: 'Пётр Чужой', companyId: other.id })).contact;

    const foreign = await expectFailure(
      kit,
      'nps.record',
      { companyId: acme.id, contactId: stranger.id, score: 9 },
      'BAD_INPUT',
    );
    expect(foreign.issues?.[0]).toMatchObject({ path: 'contactId', params: { reason: 'contact_other_company' } });
    await expectFailure(kit, 'nps.record', { companyId: acme.id, score: 11 }, 'BAD_INPUT');
    await expectFailure(kit, 'nps.record', { companyId: acme.id, score: 7.5 }, 'BAD_INPUT');

    await kit.client.call('nps.record', { companyId: acme.id, contactId: ivan.id, score: 10, comment: 'Отлично' });
    kit.clock.advance(1000);
    await kit.client.call('nps.record', { companyId: acme.id, score: 9, respondedOn: '2026-11-01' });
    kit.clock.advance(1000);
    const card = await kit.client.call('nps.record', { companyId: acme.id, score: 3 });
    // 2 promoters, 1 detractor of 3 answers: (2 − 1) / 3 → 33.
    expect(card.npsScore).toBe(33);
    expect(card.nps.map((answer) => answer.score)).toEqual([3, 10, 9]);
    expect(card.nps[1]).toMatchObject({ contactId: ivan.id, contactName: 'Иван Петров', comment: 'Отлично' });
    expect(card.nps[2]?.respondedAt).toBe(Date.UTC(2026, 10, 1, 9));

    const detractor = card.nps[0]?.id ?? '';
    const after = await kit.client.call('nps.delete', { id: detractor });
    expect(after.nps.map((answer) => answer.score)).toEqual([10, 9]);
    expect(after.npsScore).toBe(100);
  });

  it('count in the weekly KPI report’s NPS', async () => {
    const acme = await company();
    await winDealOf(acme.id);
    await kit.client.call('nps.record', { companyId: acme.id, score: 10 });
    await kit.client.call('nps.record', { companyId: acme.id, score: 5 });
    const report = await kit.client.call('kpi.report', { period: { kind: 'week', week: '2026-W45' } });
    expect(report.current.nps).toMatchObject({ score: 0, responses: 2 });
  });
});

describe('"no contact for N days"', () => {
  it('flags a customer quiet for longer than the setting; a call counts, a note does not', async () => {
    const acme = await company();
    const deal = await winDealOf(acme.id);
    kit.clock.advance(31 * DAY);
    const quiet = await kit.client.call('customers.get', { companyId: acme.id });
    expect(quiet.customer).toMatchObject({ lastContactAt: null, noContactDays: 30, noContact: true });

    await kit.client.call('activities.log', { type: 'note', dealId: deal.id, body: 'Думают о продлении' });
    expect((await kit.client.call('customers.get', { companyId: acme.id })).customer?.noContact).toBe(true);
    await kit.client.call('activities.log', { type: 'call', dealId: deal.id, outcome: 'reached' });
    const called = await kit.client.call('customers.get', { companyId: acme.id });
    expect(called.customer).toMatchObject({ lastContactAt: kit.clock.now(), noContact: false });

    kit.clock.advance(45 * DAY);
    expect((await kit.client.call('customers.get', { companyId: acme.id })).customer?.noContact).toBe(true);
    await kit.client.call('settings.set', { 'retention.noContactDays': 60 });
    expect((await kit.client.call('customers.get', { companyId: acme.id })).customer).toMatchObject({
      noContactDays: 60,
      noContact: false,
    });
  });
});
