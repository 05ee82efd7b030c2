import { v7 as uuidv7 } from 'uuid';
import { type KpiKit, local, stageOf } from './kpiTestKit';

const msk = local(3);

export type WeekFixture = { ids: Record<string, string>; campaign: string };

/**
 * The hand-computed week 2026-W48 (Moscow) behind kpiReport.test.ts and the export tests; the
 * expected figures are worked out in kpiReport.test.ts.
 */
export const buildWeekFixture = async (kit: KpiKit): Promise<WeekFixture> => {
  const ids: Record<string, string> = {};
  let campaign = '';
  const { anna, boris } = kit;
  const c1 = kit.company('ООО «Альфа»', 'enterprise');
  const c2 = kit.company('ООО «Бета»', 'smb');
  campaign = uuidv7();
  const sql = kit.backend.db.sqlite;
  sql
    .prepare("INSERT INTO campaigns (id, name, created_at, updated_at) VALUES (?, 'Яндекс Директ', 0, 0)")
    .run(campaign);
  const cost = sql.prepare(
    "INSERT INTO campaign_costs (id, campaign_id, period_start, period_end, amount_minor, currency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'RUB', 0, 0)",
  );
  // W48 in full (700 000) and half of a two-week row W47–W48 (140 000 / 2): 770 000 attributed.
  cost.run(uuidv7(), campaign, msk(11, 23, 0), msk(11, 30, 0), 700_000);
  cost.run(uuidv7(), campaign, msk(11, 16, 0), msk(11, 30, 0), 140_000);
  const idle = uuidv7();
  sql.prepare("INSERT INTO campaigns (id, name, created_at, updated_at) VALUES (?, 'Выставка', 0, 0)").run(idle);
  cost.run(uuidv7(), idle, msk(11, 9, 0), msk(11, 16, 0), 500_000);

  // The histories, run in time order (the change log's clock only moves forward).
  const steps: { at: number; run: () => Promise<void> | void }[] = [];
  const at = (time: number, run: () => Promise<void> | void) => steps.push({ at: time, run });
  const id = (name: string): string => ids[name] ?? '';
  // D9: won in W47 for company C1, so D8 (won in W48 for C1) is a repeat sale.
  at(msk(11, 9, 10), async () => {
    ids.d9 = await kit.deal(msk(11, 9, 10), { title: 'D9', value: 150_000, owner: boris, company: c1 });
  });
  at(msk(11, 10, 10), () => kit.move(id('d9'), 'contract', msk(11, 10, 10)));
  at(msk(11, 18, 10), () => kit.win(id('d9'), msk(11, 18, 10)));
  // D8: W47 through to contract, won Fri 27 10:00 (cycle 11 days).
  at(msk(11, 16, 10), async () => {
    ids.d8 = await kit.deal(msk(11, 16, 10), { title: 'D8', value: 400_000, owner: boris, company: c1 });
  });
  at(msk(11, 17, 10), () => kit.move(id('d8'), 'qualification', msk(11, 17, 10)));
  at(msk(11, 18, 10), () => kit.move(id('d8'), 'proposal', msk(11, 18, 10)));
  at(msk(11, 19, 10), () => kit.move(id('d8'), 'negotiation', msk(11, 19, 10)));
  at(msk(11, 20, 10), () => kit.move(id('d8'), 'contract', msk(11, 20, 10)));
  at(msk(11, 27, 10), () => kit.win(id('d8'), msk(11, 27, 10)));
  // D10: lost at negotiation in W48.
  at(msk(11, 16, 11), async () => {
    ids.d10 = await kit.deal(msk(11, 16, 11), { title: 'D10', value: 60_000, owner: boris });
  });
  at(msk(11, 17, 11), () => kit.move(id('d10'), 'qualification', msk(11, 17, 11)));
  at(msk(11, 18, 11), () => kit.move(id('d10'), 'proposal', msk(11, 18, 11)));
  at(msk(11, 19, 10), () => kit.move(id('d10'), 'negotiation', msk(11, 19, 10)));
  at(msk(11, 25, 10), () => kit.lose(id('d10'), 'competitor', msk(11, 25, 10)));
  // D4: lost in W47, reopened in W48 and moved on: open at the end of the week.
  at(msk(11, 16, 10), async () => {
    ids.d4 = await kit.deal(msk(11, 16, 10), { title: 'D4', value: 300_000, expectedCloseAt: msk(12, 15, 12) });
  });
  at(msk(11, 16, 12), () => kit.move(id('d4'), 'qualification', msk(11, 16, 12)));
  at(msk(11, 17, 10), () => kit.lose(id('d4'), 'price', msk(11, 17, 10)));
  at(msk(11, 25, 10), () => kit.reopen(id('d4'), msk(11, 25, 10)));
  at(msk(11, 25, 14), () => kit.move(id('d4'), 'proposal', msk(11, 25, 14)));
  // D2: a regression (proposal back to qualification), then lost there.
  at(msk(11, 18, 10), async () => {
    ids.d2 = await kit.deal(msk(11, 18, 10), { title: 'D2', value: 200_000 });
  });
  at(msk(11, 19, 10), () => kit.move(id('d2'), 'qualification', msk(11, 19, 10)));
  at(msk(11, 23, 11), () => kit.move(id('d2'), 'proposal', msk(11, 23, 11)));
  at(msk(11, 24, 11), () => kit.back(id('d2'), 'qualification', msk(11, 24, 11)));
  at(msk(11, 27, 10), () => kit.lose(id('d2'), 'price', msk(11, 27, 10)));
  // D1: skips qualification, won from negotiation (a win reaches the purchase step).
  at(msk(11, 23, 10), async () => {
    ids.d1 = await kit.deal(msk(11, 23, 10), { title: 'D1', value: 100_000, company: c2, campaign });
  });
  at(msk(11, 24, 10), () => kit.move(id('d1'), 'proposal', msk(11, 24, 10)));
  at(msk(11, 25, 10), () => kit.move(id('d1'), 'negotiation', msk(11, 25, 10)));
  at(msk(11, 26, 12), () => kit.win(id('d1'), msk(11, 26, 12)));
  // D3: lost at the first stage.
  at(msk(11, 24, 9), async () => {
    ids.d3 = await kit.deal(msk(11, 24, 9), { title: 'D3', value: 50_000, campaign });
  });
  at(msk(11, 24, 15), () => kit.lose(id('d3'), 'no_response', msk(11, 24, 15)));
  // D11: rushed to contract on Monday, lost there on Saturday.
  at(msk(11, 23, 9), async () => {
    ids.d11 = await kit.deal(msk(11, 23, 9), { title: 'D11', value: 80_000 });
  });
  at(msk(11, 23, 10), () => kit.move(id('d11'), 'qualification', msk(11, 23, 10)));
  at(msk(11, 23, 11), () => kit.move(id('d11'), 'proposal', msk(11, 23, 11)));
  at(msk(11, 23, 12), () => kit.move(id('d11'), 'negotiation', msk(11, 23, 12)));
  at(msk(11, 23, 13), () => kit.move(id('d11'), 'contract', msk(11, 23, 13)));
  at(msk(11, 28, 13), () => kit.lose(id('d11'), 'no_decision', msk(11, 28, 13)));
  // D12: created in qualification; a merged move to proposal with no ticks (as sync may bring).
  at(msk(11, 24, 10), async () => {
    ids.d12 = await kit.deal(msk(11, 24, 10), {
      title: 'D12',
      stage: 'qualification',
      value: 90_000,
      owner: boris,
      expectedCloseAt: msk(13, 1, 0, 30), // 1 January 2027 00:30 Moscow: January, not December
    });
  });
  at(msk(11, 25, 9), () => {
    sql
      .prepare('UPDATE deals SET stage_id = ?, stage_entered_at = ? WHERE id = ?')
      .run(stageOf('proposal'), msk(11, 25, 9), id('d12'));
    sql
      .prepare(
        "INSERT INTO stage_transitions (id, deal_id, from_stage_id, to_stage_id, from_status, to_status, at) VALUES (?, ?, ?, ?, 'open', 'open', ?)",
      )
      .run(uuidv7(), id('d12'), stageOf('qualification'), stageOf('proposal'), msk(11, 25, 9));
  });
  // D7: created in W48 and deleted: gone from the week's figures.
  at(msk(11, 23, 12), async () => {
    ids.d7 = await kit.deal(msk(11, 23, 12), { title: 'D7', value: 999_000, campaign });
  });
  at(msk(11, 25, 15), () => kit.remove(id('d7'), msk(11, 25, 15)));
  // D5: Sunday 23:30 local is still W48 (20:30 UTC); D6 at Monday 00:30 local is W49.
  at(msk(11, 29, 23, 30), async () => {
    ids.d5 = await kit.deal(msk(11, 29, 23, 30), { title: 'D5', value: 70_000, campaign });
  });
  at(msk(11, 30, 0, 30), async () => {
    ids.d6 = await kit.deal(msk(11, 30, 0, 30), { title: 'D6', value: 10_000 });
  });

  for (const step of steps.sort((a, b) => a.at - b.at)) await step.run();

  // Activities: first outbound touches (D1 2 h, D3 1.5 h — its inbound call does not count —,
  // D11 1 h by a meeting), rep work, a deleted and an out-of-week activity, overdue tasks.
  kit.activity({
    type: 'call',
    direction: 'outbound',
    deal: ids.d1,
    owner: anna,
    doneAt: msk(11, 23, 12),
    createdAt: msk(11, 23, 12),
  });
  kit.activity({
    type: 'call',
    direction: 'inbound',
    deal: ids.d3,
    owner: anna,
    doneAt: msk(11, 24, 9, 30),
    createdAt: msk(11, 24, 9, 30),
  });
  kit.activity({
    type: 'email',
    direction: 'outbound',
    deal: ids.d3,
    owner: anna,
    doneAt: msk(11, 24, 10, 30),
    createdAt: msk(11, 24, 10, 30),
  });
  kit.activity({
    type: 'meeting',
    deal: ids.d11,
    owner: anna,
    doneAt: msk(11, 23, 10),
    createdAt: msk(11, 23, 9),
    review: { score: 3, at: msk(11, 23, 12) },
  });
  // Reviews: Boris's demo 4, presentation 1 (rated after the week, still this week's work) and
  // proposal 5 (mean 3.3); Anna's meeting 3.
  kit.activity({
    type: 'demo',
    deal: ids.d10,
    owner: boris,
    doneAt: msk(11, 24, 15),
    createdAt: msk(11, 20, 9),
    review: { score: 4, at: msk(11, 25, 10) },
  });
  kit.activity({
    type: 'presentation',
    deal: ids.d10,
    owner: boris,
    doneAt: msk(11, 25, 9),
    createdAt: msk(11, 20, 9),
    review: { score: 1, at: msk(12, 1, 10) },
  });
  kit.activity({
    type: 'proposal',
    deal: ids.d8,
    owner: boris,
    doneAt: msk(11, 26, 9),
    createdAt: msk(11, 26, 9),
    review: { score: 5, at: msk(11, 27, 10) },
  });
  kit.activity({ type: 'call', deal: ids.d8, owner: boris, doneAt: msk(11, 20, 9), createdAt: msk(11, 20, 9) });
  kit.activity({
    type: 'call',
    deal: ids.d8,
    owner: boris,
    doneAt: msk(11, 26, 9),
    createdAt: msk(11, 26, 9),
    deletedAt: msk(11, 26, 10),
  });
  kit.activity({ type: 'task', owner: anna, dueAt: msk(11, 27, 18), createdAt: msk(11, 23, 9) });
  kit.activity({
    type: 'task',
    owner: boris,
    dueAt: msk(11, 28, 18),
    doneAt: msk(11, 30, 10),
    createdAt: msk(11, 23, 9),
  });
  kit.activity({ type: 'task', owner: boris, dueAt: msk(11, 30, 18), createdAt: msk(11, 23, 9) });

  // Customers: C1, C2, C3 active at the start of W48; C3 churns in it. C4 starts inside the
  // week, C5 churned the week before: neither is in the base. Churn = 1 / 3.
  // The wins above made their companies customers through the write path; the hand-computed
  // figures below want exactly these five, with these dates.
  sql.exec('DELETE FROM customers');
  const customer = sql.prepare(
    'INSERT INTO customers (id, status, since_at, churned_at, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)',
  );
  customer.run(c1, 'active', msk(11, 2, 10), null);
  customer.run(c2, 'active', msk(11, 9, 10), null);
  customer.run(kit.company('C3'), 'churned', msk(10, 1, 10), msk(11, 25, 10));
  customer.run(kit.company('C4'), 'onboarding', msk(11, 23, 10), null);
  customer.run(kit.company('C5'), 'churned', msk(10, 1, 10), msk(11, 18, 10));
  // NPS in W48: 10, 9, 9, 7, 3 → (3 − 1) / 5 = 40; a deleted answer and one from W47 are ignored.
  const nps = sql.prepare(
    'INSERT INTO nps_responses (id, company_id, score, responded_at, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, 0, 0, ?)',
  );
  for (const score of [10, 9, 9, 7, 3]) nps.run(uuidv7(), c1, score, msk(11, 26, 12), null);
  nps.run(uuidv7(), c1, 0, msk(11, 26, 12), msk(11, 27, 12));
  nps.run(uuidv7(), c1, 0, msk(11, 19, 12), null);

  return { ids, campaign };
};
