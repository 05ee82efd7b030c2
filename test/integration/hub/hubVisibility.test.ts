import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { HubError } from '../../../src-main/core/hub/HubError';
import { controlPointIds, STAGE } from '../core/dealsTestKit';
import { createHubDevice, type HubDevice } from './hubDevices';
import { addMember, createHubDatabase, type HubFixture, hubSkipReason, useTestPostgres } from './hubTestKit';

const server = useTestPostgres();
const devices: HubDevice[] = [];
afterEach(() => {
  for (const device of devices.splice(0)) device.backend.dispose();
});

type Team = {
  hub: HubFixture;
  olga: HubDevice;
  users: Record<'olga' | 'maria' | 'ivan' | 'petr' | 'sveta', string>;
  deals: { ivan: string; petr: string; sveta: string };
  companies: { ivan: string; petr: string; sveta: string };
  contact: string;
  activity: string;
};

const device = (hub: HubFixture, login: string, offset: number): HubDevice => {
  const created = createHubDevice(hub, login, offset);
  devices.push(created);
  return created;
};

/**
 * Olga (admin) runs the workspace; Maria manages team north (Ivan and Petr), Sveta is a rep in
 * team south. Each owns one deal with its company; Ivan's has a contact and a call.
 */
const team = async (): Promise<Team> => {
  const hub = await createHubDatabase(server.current!);
  const olga = device(hub, 'olga', 0);
  const user = async (name: string, role: 'admin' | 'manager' | 'rep') =>
    (await olga.client.call('users.create', { name, role })).id;
  const users = {
    olga: await user('Ольга', 'admin'),
    maria: await user('Мария', 'manager'),
    ivan: await user('Иван', 'rep'),
    petr: await user('Пётр', 'rep'),
    sveta: await user('Света', 'rep'),
  };
  await olga.client.call('settings.set', { 'user.currentId': users.olga });
  await addMember(hub, { login: 'olga', userId: users.olga, role: 'admin' });
  await addMember(hub, { login: 'maria', userId: users.maria, role: 'manager', team: 'north' });
  await addMember(hub, { login: 'ivan', userId: users.ivan, role: 'rep', team: 'north' });
  await addMember(hub, { login: 'petr', userId: users.petr, role: 'rep', team: 'north' });
  await addMember(hub, { login: 'sveta', userId: users.sveta, role: 'rep', team: 'south' });
  const dealFor = async (owner: string, title: string) => {
    const { company } = await olga.client.call('companies.create', { name: `${title} LLC` });
    const deal = await olga.client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      stageId: STAGE.newLead,
      title,
      companyId: company.id,
      ownerId: owner,
    });
    return { deal: deal.id, company: company.id };
  };
  const ivan = await dealFor(users.ivan, 'Вектор');
  const petr = await dealFor(users.petr, 'Орбита');
  const sveta = await dealFor(users.sveta, 'Полюс');
  const { contact } = await olga.client.call('contacts.create', { name: 'Анна Смирнова', companyId: ivan.company });
  await olga.client.call('deals.update', { id: ivan.deal, patch: { contactId: contact.id } });
  const activity = await olga.client.call('activities.log', {
    type: 'call',
    dealId: ivan.deal,
    subject: 'Первый звонок',
  });
  await olga.sync();
  return {
    hub,
    olga,
    users,
    deals: { ivan: ivan.deal, petr: petr.deal, sveta: sveta.deal },
    companies: { ivan: ivan.company, petr: petr.company, sveta: sveta.company },
    contact: contact.id,
    activity: activity.id,
  };
};

const ids = (d: HubDevice, table: string): string[] =>
  d.backend.db.sqlite.prepare(`SELECT id FROM "${table}" ORDER BY id`).pluck().all() as string[];

const login = async (hub: HubFixture, name: string): Promise<pg.Client> => {
  const url = new URL(hub.url(name));
  const client = new pg.Client({
    host: url.hostname,
    port: Number(url.port),
    user: name,
    password: `${name}-secret`,
    database: url.pathname.slice(1),
  });
  await client.connect();
  return client;
};

const sorted = (...values: string[]) => [...values].sort();

const hubCount = async (hub: HubFixture, sql: string): Promise<number> => {
  const client = await hub.owner();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
};

describe.skipIf(hubSkipReason !== null)('team hub: roles and row-level visibility', () => {
  it('a rep pulls their deals with what hangs off them and the shared settings; a manager their team’s', async () => {
    const t = await team();
    const ivan = device(t.hub, 'ivan', 11);
    const maria = device(t.hub, 'maria', 13);
    const sveta = device(t.hub, 'sveta', 17);
    for (const d of [ivan, maria, sveta]) await d.sync();

    expect(ids(ivan, 'deals')).toEqual([t.deals.ivan]);
    expect(ids(ivan, 'companies')).toEqual([t.companies.ivan]);
    expect(ids(ivan, 'contacts')).toEqual([t.contact]);
    expect(ids(ivan, 'activities')).toEqual([t.activity]);
    expect(ivan.count('SELECT count(*) FROM stage_transitions WHERE deal_id = ?', t.deals.ivan)).toBe(1);
    expect(ivan.count('SELECT count(*) FROM stage_transitions')).toBe(1);
    // Shared reference data: every user and the whole pipeline.
    expect(ids(ivan, 'users')).toEqual(ids(t.olga, 'users'));
    expect(ids(ivan, 'stages')).toEqual(ids(t.olga, 'stages'));

    expect(ids(maria, 'deals')).toEqual(sorted(t.deals.ivan, t.deals.petr));
    expect(ids(maria, 'companies')).toEqual(sorted(t.companies.ivan, t.companies.petr));
    expect(ids(sveta, 'deals')).toEqual([t.deals.sveta]);
    expect(ids(sveta, 'contacts')).toEqual([]);
  });

  it('PostgreSQL itself filters and refuses: a rep’s own login reads only their rows and cannot alter the log', async () => {
    const t = await team();
    const ivan = device(t.hub, 'ivan', 11);
    await ivan.sync();
    const client = await login(t.hub, 'ivan');
    try {
      const deals = await client.query("SELECT DISTINCT row_id FROM hub.messages WHERE tbl = 'deals'");
      expect(deals.rows.map((row) => row.row_id)).toEqual([t.deals.ivan]);
      await expect(client.query("UPDATE hub.messages SET cells = '{}'")).rejects.toThrow(/permission denied/);
      await expect(client.query('DELETE FROM hub.messages')).rejects.toThrow(/permission denied/);
      await expect(client.query('SELECT * FROM hub.rows')).rejects.toThrow(/permission denied/);
      await expect(client.query('SELECT * FROM hub.users')).rejects.toThrow(/permission denied/);
      const insert = (cells: object, extra = '', values: unknown[] = []) =>
        client.query(
          `INSERT INTO hub.messages (device, hlc, actor, at, tbl, row_id, cells, schema_version${extra})
           VALUES ($1, $2, NULL, 0, 'deals', $3, $4, 1${values.length ? ', $5' : ''})`,
          [
            ivan.backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get(),
            '2099-01-01T00:00:00.000Z-0000-x',
            t.deals.petr,
            JSON.stringify(cells),
            ...values,
          ],
        );
      // Another rep's deal: refused by the hub's check, whatever the client claims.
      await expect(insert({ title: 'Моя теперь' })).rejects.toMatchObject({
        code: '42501',
        hint: 'voronka:row_not_visible',
      });
      // Linking their own deal to another rep's company would show it to them: refused.
      await expect(
        client.query(
          `INSERT INTO hub.messages (device, hlc, actor, at, tbl, row_id, cells, schema_version)
           VALUES ($1, '2099-01-01T00:00:00.000Z-0000-z', NULL, 0, 'deals', $2, $3, 1)`,
          [
            ivan.backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get(),
            t.deals.ivan,
            JSON.stringify({ company_id: t.companies.sveta }),
          ],
        ),
      ).rejects.toMatchObject({ hint: 'voronka:link_not_visible' });
      // Pushing as someone else: the column is not the client's to set.
      await expect(insert({ title: 'x' }, ', pushed_by', ['olga'])).rejects.toThrow(/permission denied/);
      // Pushing under another login's device.
      const olgaDevice = t.olga.backend.db.sqlite
        .prepare("SELECT value FROM meta WHERE key = 'device_id'")
        .pluck()
        .get();
      await expect(
        client.query(
          `INSERT INTO hub.messages (device, hlc, actor, at, tbl, row_id, cells, schema_version)
           VALUES ($1, '2099-01-01T00:00:00.000Z-0000-y', NULL, 0, 'deals', $2, '{"title":"x"}', 1)`,
          [olgaDevice, t.deals.ivan],
        ),
      ).rejects.toMatchObject({ hint: 'voronka:device_taken' });
    } finally {
      await client.end();
    }
  });

  it('a rep’s change to a deal they cannot see is refused by the hub and kept on their device; their own goes through', async () => {
    const t = await team();
    const ivan = device(t.hub, 'ivan', 11);
    // A fresh device's own defaults are not offered to the hub: a rep may not change them, and
    // every device makes the same ones (nothing refused to show on the card).
    expect((await ivan.sync()).push.rejected).toBe(0);
    expect(ivan.count('SELECT count(*) FROM sync_hub_rejected')).toBe(0);
    await ivan.client.call('settings.set', { 'user.currentId': t.users.ivan });
    ivan.clock.advance(60_000);
    await ivan.client.call('deals.update', { id: t.deals.ivan, patch: { title: 'Вектор: пилот' } });
    // A deal for Petr: Ivan may not hand out deals (a manager of the team may).
    const forPetr = await ivan.client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      stageId: STAGE.newLead,
      title: 'Для Петра',
      ownerId: t.users.petr,
    });
    const report = await ivan.sync();
    expect(report.push.rejected).toBeGreaterThan(0);
    const refused = ivan.backend.db.sqlite
      .prepare('SELECT DISTINCT tbl, row_id, reason FROM sync_hub_rejected WHERE row_id = ? OR tbl = ? ORDER BY tbl')
      .all(forPetr.id, 'stage_transitions') as { tbl: string; row_id: string; reason: string }[];
    expect(refused.map((row) => [row.tbl, row.reason])).toEqual([
      ['deals', 'owner_not_visible'],
      ['stage_transitions', 'parent_not_visible'],
    ]);
    expect(ids(ivan, 'deals')).toContain(forPetr.id);
    // Refused once, not retried: the next sync sends nothing.
    expect((await ivan.sync()).push).toEqual({ pushed: 0, rejected: 0 });
    await t.olga.sync();
    expect(ids(t.olga, 'deals')).not.toContain(forPetr.id);
    expect(t.olga.backend.db.sqlite.prepare('SELECT title FROM deals WHERE id = ?').pluck().get(t.deals.ivan)).toBe(
      'Вектор: пилот',
    );
  });

  it('reassigning a deal brings its whole history to the new owner; the old owner gets nothing new', async () => {
    const t = await team();
    const ivan = device(t.hub, 'ivan', 11);
    const petr = device(t.hub, 'petr', 13);
    for (const d of [ivan, petr]) await d.sync();
    expect(ids(petr, 'deals')).toEqual([t.deals.petr]);
    t.olga.clock.advance(60_000);
    await t.olga.client.call('deals.update', { id: t.deals.petr, patch: { ownerId: t.users.ivan } });
    await t.olga.sync();
    await ivan.sync();
    expect(ids(ivan, 'deals')).toEqual(sorted(t.deals.ivan, t.deals.petr));
    expect(ids(ivan, 'companies')).toEqual(sorted(t.companies.ivan, t.companies.petr));
    const moved = ivan.backend.db.sqlite
      .prepare('SELECT title, owner_id, company_id FROM deals WHERE id = ?')
      .get(t.deals.petr);
    expect(moved).toEqual({ title: 'Орбита', owner_id: t.users.ivan, company_id: t.companies.petr });
    expect(ivan.count('SELECT count(*) FROM stage_transitions WHERE deal_id = ?', t.deals.petr)).toBe(1);

    t.olga.clock.advance(60_000);
    await t.olga.client.call('deals.update', { id: t.deals.petr, patch: { title: 'Орбита: продление' } });
    await t.olga.sync();
    await petr.sync();
    await ivan.sync();
    const title = (d: HubDevice) =>
      d.backend.db.sqlite.prepare('SELECT title FROM deals WHERE id = ?').pluck().get(t.deals.petr);
    expect(title(ivan)).toBe('Орбита: продление');
    // Petr no longer sees it: it left his device.
    expect(title(petr)).toBeUndefined();
  });

  it('a deal reassigned outside a rep’s view leaves their device with what hangs off it, and no delete goes back', async () => {
    const t = await team();
    const ivan = device(t.hub, 'ivan', 11);
    const sveta = device(t.hub, 'sveta', 17);
    for (const d of [ivan, sveta]) await d.sync();
    const deal = t.deals.ivan;
    // Ivan works the deal on his device: a check and a meeting, pushed to the hub.
    ivan.clock.advance(60_000);
    await ivan.client.call('deals.check', {
      dealId: deal,
      controlPointId: controlPointIds('qualification')[0]!,
      checked: true,
    });
    await ivan.sync();
    const meeting = await ivan.client.call('activities.log', { type: 'meeting', dealId: deal, subject: 'Встреча' });
    await ivan.sync();
    const hubCount = async (sql: string, ...params: unknown[]) => {
      const client = await t.hub.owner();
      try {
        return Number((await client.query(sql, params)).rows[0].n);
      } finally {
        await client.end();
      }
    };
    const ivanPushed = await hubCount("SELECT count(*) AS n FROM hub.messages WHERE pushed_by = 'ivan'");
    expect(ivanPushed).toBeGreaterThan(0);
    const owned = (table: string) => ivan.count(`SELECT count(*) FROM "${table}" WHERE deal_id = ?`, deal);
    expect([owned('stage_transitions'), owned('deal_checks'), owned('activities')]).toEqual([1, 1, 2]);

    // Olga gives the deal to Sveta (team south): Ivan may no longer see it.
    t.olga.clock.advance(120_000);
    await t.olga.client.call('deals.update', { id: deal, patch: { ownerId: t.users.sveta } });
    await t.olga.sync();
    const report = await ivan.sync();
    expect(report.pull.dropped).toBe(5);
    expect(ids(ivan, 'deals')).toEqual([]);
    expect([owned('stage_transitions'), owned('deal_checks'), owned('activities')]).toEqual([0, 0, 0]);
    expect(ivan.count('SELECT count(*) FROM change_log WHERE row_id IN (?, ?, ?)', deal, meeting.id, t.activity)).toBe(
      0,
    );
    expect(ivan.count('SELECT count(*) FROM search_docs WHERE record_id = ?', deal)).toBe(0);
    expect(ivan.backend.db.sqlite.pragma('foreign_key_check')).toEqual([]);
    // Nothing went back: the hub holds no new message of Ivan's, and the deal lives on with Sveta.
    await ivan.sync();
    expect(await hubCount("SELECT count(*) AS n FROM hub.messages WHERE pushed_by = 'ivan'")).toBe(ivanPushed);
    await sveta.sync();
    expect(sveta.count('SELECT count(*) FROM deals WHERE id = ? AND deleted_at IS NULL', deal)).toBe(1);
    expect(sveta.count('SELECT count(*) FROM activities WHERE deal_id = ?', deal)).toBe(2);
    expect(sveta.count('SELECT count(*) FROM deal_checks WHERE deal_id = ?', deal)).toBe(1);

    // Given back, it returns to Ivan's device with its whole history.
    t.olga.clock.advance(60_000);
    await t.olga.client.call('deals.update', { id: deal, patch: { ownerId: t.users.ivan } });
    await t.olga.sync();
    await ivan.sync();
    expect(ids(ivan, 'deals')).toEqual([deal]);
    expect([owned('stage_transitions'), owned('deal_checks'), owned('activities')]).toEqual([1, 1, 2]);
  });

  it('a new role or team makes the person’s devices pull again; a removed person cannot connect', async () => {
    const t = await team();
    const petr = device(t.hub, 'petr', 13);
    const sveta = device(t.hub, 'sveta', 17);
    for (const d of [petr, sveta]) await d.sync();
    expect(ids(petr, 'deals')).toEqual([t.deals.petr]);
    const owner = await t.hub.owner();
    try {
      await owner.query("SELECT hub.set_role('petr', 'manager', 'north')");
      await owner.query("SELECT hub.remove_user('sveta')");
    } finally {
      await owner.end();
    }
    const again = await petr.sync();
    expect(again.pull.restarted).toBe(true);
    expect(ids(petr, 'deals')).toEqual(sorted(t.deals.ivan, t.deals.petr));
    const refused = await sveta.sync().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HubError);
    expect((refused as HubError).reason).toBe('auth_failed');
  });

  it('a demoted manager’s device drops the team’s rows it may no longer see, locally, and keeps its own work', async () => {
    const t = await team();
    const maria = device(t.hub, 'maria', 13);
    await maria.sync();
    expect(ids(maria, 'deals')).toEqual(sorted(t.deals.ivan, t.deals.petr));
    // Maria's own deal, on her device and the hub.
    await maria.client.call('settings.set', { 'user.currentId': t.users.maria });
    maria.clock.advance(60_000);
    const own = await maria.client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      stageId: STAGE.newLead,
      title: 'Своя',
      ownerId: t.users.maria,
    });
    await maria.sync();
    const pushedBefore = await hubCount(t.hub, "SELECT count(*) AS n FROM hub.messages WHERE pushed_by = 'maria'");
    const owner = await t.hub.owner();
    try {
      await owner.query("SELECT hub.set_role('maria', 'rep', 'north')");
    } finally {
      await owner.end();
    }
    // Written offline before she hears of it: a deal for Petr, which the hub refuses from a rep — it
    // never reaches the hub, so the sweep leaves it (it stays in the conflict view).
    maria.clock.advance(60_000);
    const refused = await maria.client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      stageId: STAGE.newLead,
      title: 'Для Петра',
      ownerId: t.users.petr,
    });
    const report = await maria.sync();
    expect(report.push.rejected).toBeGreaterThan(0);
    expect(report.pull.restarted).toBe(true);
    expect(report.pull.dropped).toBeGreaterThan(0);
    expect(ids(maria, 'deals')).toEqual(sorted(own.id, refused.id));
    expect(ids(maria, 'companies')).toEqual([]);
    expect(ids(maria, 'contacts')).toEqual([]);
    expect(ids(maria, 'activities')).toEqual([]);
    expect(maria.count('SELECT count(*) FROM stage_transitions WHERE deal_id NOT IN (?, ?)', own.id, refused.id)).toBe(0);
    expect(maria.count('SELECT count(*) FROM search_docs WHERE record_id IN (?, ?, ?)', t.deals.ivan, t.companies.petr, t.contact)).toBe(0);
    expect(maria.count('SELECT count(*) FROM change_log WHERE row_id IN (?, ?)', t.deals.ivan, t.deals.petr)).toBe(0);
    expect(maria.count('SELECT sweep_pending FROM sync_hub_cursor')).toBe(0);
    expect(maria.backend.db.sqlite.pragma('foreign_key_check')).toEqual([]);
    // Shared reference data stays.
    expect(ids(maria, 'stages')).toEqual(ids(t.olga, 'stages'));
    // Nothing went back as a delete: the hub holds no new message of Maria's; the team's deals live on.
    await maria.sync();
    expect(await hubCount(t.hub, "SELECT count(*) AS n FROM hub.messages WHERE pushed_by = 'maria'")).toBe(pushedBefore);
    await t.olga.sync();
    expect(t.olga.count('SELECT count(*) FROM deals WHERE id IN (?, ?) AND deleted_at IS NULL', t.deals.ivan, t.deals.petr)).toBe(2);
  });

  it('a rep who leaves a team leaves their old manager’s device; a sweep cut off midway runs when the sync resumes', async () => {
    const t = await team();
    const maria = device(t.hub, 'maria', 13);
    await maria.sync();
    expect(ids(maria, 'deals')).toEqual(sorted(t.deals.ivan, t.deals.petr));
    const owner = await t.hub.owner();
    try {
      await owner.query("SELECT hub.set_role('ivan', 'rep', 'south')");
    } finally {
      await owner.end();
    }
    // The restarted pull is cancelled after its first page: the sweep is owed, and kept in the file.
    const controller = new AbortController();
    const cut = await maria
      .sync({ pageSize: 5, signal: controller.signal, onProgress: (p) => p.phase === 'pull' && p.done > 0 && controller.abort() })
      .catch((error: unknown) => error);
    expect(cut).toBeInstanceOf(HubError);
    expect(maria.count('SELECT sweep_pending FROM sync_hub_cursor')).toBe(1);
    expect(ids(maria, 'deals')).toEqual(sorted(t.deals.ivan, t.deals.petr));
    maria.restart();
    const report = await maria.sync();
    expect(report.pull.restarted).toBe(false);
    expect(ids(maria, 'deals')).toEqual([t.deals.petr]);
    expect(ids(maria, 'companies')).toEqual([t.companies.petr]);
    expect(ids(maria, 'contacts')).toEqual([]);
    expect(maria.count('SELECT count(*) FROM activities')).toBe(0);
    expect(maria.count('SELECT sweep_pending FROM sync_hub_cursor')).toBe(0);
    expect(maria.backend.db.sqlite.pragma('foreign_key_check')).toEqual([]);
    // Ivan himself keeps his deal, in his new team.
    const ivan = device(t.hub, 'ivan', 11);
    await ivan.sync();
    expect(ids(ivan, 'deals')).toEqual([t.deals.ivan]);
  });
});
