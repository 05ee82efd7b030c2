import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { connectHub } from '../../../src-main/core/hub/HubConnection';
import { HubError } from '../../../src-main/core/hub/HubError';
import { pushBatch } from '../../../src-main/core/hub/pushToHub';
import { exportSyncBundle } from '../../../src-main/core/sync/bundle/exportSyncBundle';
import { importSyncBundle } from '../../../src-main/core/sync/bundle/importSyncBundle';
import { readDeviceMessagesAfter } from '../../../src-main/core/sync/changeLogStore';
import { readHubCursor } from '../../../src-main/core/hub/hubCursor';
import { businessSnapshot } from '../../helpers/syncPeers';
import { STAGE } from '../core/dealsTestKit';
import { createHubDevice, type HubDevice } from './hubDevices';
import { addMember, createHubDatabase, type HubFixture, hubSkipReason, useTestPostgres } from './hubTestKit';

const server = useTestPostgres();
const devices: HubDevice[] = [];
afterEach(() => {
  for (const device of devices.splice(0)) device.backend.dispose();
});

/** A hub whose members are admins (they see everything: these tests are about delivery, not visibility). */
const hubWithAdmins = async (...logins: string[]): Promise<HubFixture> => {
  const hub = await createHubDatabase(server.current!);
  for (const [index, login] of logins.entries())
    await addMember(hub, { login, userId: `user-${index}`, role: 'admin' });
  return hub;
};

const device = (hub: HubFixture, login: string, offset = 0): HubDevice => {
  const created = createHubDevice(hub, login, offset);
  devices.push(created);
  return created;
};

const createDeal = async (d: HubDevice, title: string, extra: Record<string, unknown> = {}) => {
  const { company } = await d.client.call('companies.create', { name: `${title} LLC` });
  return d.client.call('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    stageId: STAGE.newLead,
    title,
    companyId: company.id,
    ...extra,
  });
};

const hubCount = async (hub: HubFixture, sql = 'SELECT count(*)::int AS n FROM hub.messages'): Promise<number> => {
  const owner = await hub.owner();
  try {
    return (await owner.query(sql)).rows[0].n as number;
  } finally {
    await owner.end();
  }
};

const messagesHeld = (d: HubDevice): number => d.count('SELECT count(*) FROM change_msgs');

describe.skipIf(hubSkipReason !== null)('team hub: push and pull', () => {
  it('three devices converge through the hub, each change arriving once', async () => {
    const hub = await hubWithAdmins('anna', 'boris', 'vera');
    const a = device(hub, 'anna');
    const b = device(hub, 'boris', 5);
    const c = device(hub, 'vera', 9);
    const first = await createDeal(a, 'Вектор');
    await createDeal(b, 'Орбита');
    for (const d of [a, b, c]) await d.sync();
    c.clock.advance(60_000);
    await c.client.call('deals.update', { id: first.id, patch: { title: 'Вектор: внедрение', valueMinor: 500_000 } });
    a.clock.advance(30_000);
    await a.client.call('deals.update', { id: first.id, patch: { notes: 'Позвонить в пятницу' } });
    for (const d of [c, a, b, a, c]) await d.sync();
    const snapshot = businessSnapshot(a.backend);
    expect(businessSnapshot(b.backend)).toEqual(snapshot);
    expect(businessSnapshot(c.backend)).toEqual(snapshot);
    const deal = a.backend.db.sqlite.prepare('SELECT title, value_minor, notes FROM deals WHERE id = ?').get(first.id);
    expect(deal).toEqual({ title: 'Вектор: внедрение', value_minor: 500_000, notes: 'Позвонить в пятницу' });
    // Every device holds every message the hub holds, and the hub holds each once.
    const inHub = await hubCount(hub);
    expect(await hubCount(hub, 'SELECT count(DISTINCT (device, hlc))::int AS n FROM hub.messages')).toBe(inHub);
    for (const d of [a, b, c]) expect(messagesHeld(d)).toBe(inHub);
    // A sync with nothing new sends and applies nothing.
    const idle = await b.sync();
    expect(idle.push.pushed).toBe(0);
    expect(idle.pull.received).toBe(0);
  });

  it('pushing again what the hub holds (the device never heard the commit) adds nothing', async () => {
    const hub = await hubWithAdmins('anna', 'boris');
    const a = device(hub, 'anna');
    await createDeal(a, 'Вектор');
    const first = await a.sync();
    expect(first.push.pushed).toBeGreaterThan(0);
    const inHub = await hubCount(hub);
    // The same messages again, as a device that never heard the hub's commit would send them.
    const again = await a.backend.runLocal(async (ctx) => {
      const client = await connectHub({ url: hub.url('anna'), password: 'anna-secret' });
      try {
        return await pushBatch(client, [...readDeviceMessagesAfter(ctx.db, ctx.deviceId, null)]);
      } finally {
        await client.end();
      }
    });
    expect(again).toEqual([]);
    expect(await hubCount(hub)).toBe(inHub);
    expect((await a.sync()).push).toEqual({ pushed: 0, rejected: 0 });
    const b = device(hub, 'boris');
    await b.sync();
    expect(businessSnapshot(b.backend)).toEqual(businessSnapshot(a.backend));
  });

  it('a workspace whose history was written under an earlier device id (restored, seeded) pushes that history too', async () => {
    const hub = await hubWithAdmins('anna', 'boris');
    const a = device(hub, 'anna');
    await createDeal(a, 'Вектор');
    const before = a.count('SELECT count(DISTINCT device_id) FROM change_log');
    // The file takes a new device id, as a restored copy does; its log keeps the old one.
    a.backend.db.sqlite.prepare("UPDATE meta SET value = 'restored-device' WHERE key = 'device_id'").run();
    a.restart();
    await createDeal(a, 'Орбита');
    expect(a.count('SELECT count(DISTINCT device_id) FROM change_log')).toBe(before + 1);
    const pushed = await a.sync();
    expect(pushed.push.pushed).toBe(messagesHeld(a));
    const b = device(hub, 'boris', 3);
    await b.sync();
    await a.sync();
    expect(businessSnapshot(b.backend)).toEqual(businessSnapshot(a.backend));
    expect(b.backend.db.sqlite.prepare('SELECT title FROM deals ORDER BY title').pluck().all()).toEqual([
      'Вектор',
      'Орбита',
    ]);
  });

  it('changes a device received in a bundle from a device without the hub go to the hub on its next sync', async () => {
    const hub = await hubWithAdmins('anna', 'boris');
    const a = device(hub, 'anna');
    await a.sync();
    // Vera works without the hub and sends Anna a bundle file.
    const vera = device(hub, 'vera', 5);
    await createDeal(vera, 'Полюс');
    const { bytes } = exportSyncBundle(vera.backend.db, { kind: 'all' }, vera.clock.now());
    await a.backend.runLocal(async (ctx) => importSyncBundle(ctx, bytes));
    const relayed = await a.sync();
    expect(relayed.push.pushed).toBeGreaterThan(0);
    const b = device(hub, 'boris', 9);
    await b.sync();
    expect(b.backend.db.sqlite.prepare('SELECT title FROM deals').pluck().all()).toEqual(['Полюс']);
  });

  it('a connection dropped in the middle of a pull loses and repeats nothing; the next sync resumes', async () => {
    const hub = await hubWithAdmins('anna', 'boris');
    const a = device(hub, 'anna');
    for (let i = 0; i < 12; i += 1) await createDeal(a, `Сделка ${i}`);
    await a.sync();
    const b = device(hub, 'boris', 3);
    // B's own first messages (its new workspace) go in before it pulls: the head is taken after.
    await b.push();
    const head = await hubCount(hub, 'SELECT max(seq)::int AS n FROM hub.messages');
    const owner = await hub.owner();
    let pages = 0;
    // Awaited before the owner's connection ends: ending it with the query still out rejected it
    // with "Connection terminated", unhandled (a CI run counted it as an error).
    let terminating: Promise<unknown> = Promise.resolve();
    try {
      const failure = await b
        .sync({
          pageSize: 10,
          onProgress: (progress) => {
            if (progress.phase !== 'pull' || progress.done === 0) return;
            pages += 1;
            // After the second page the server drops this device's connection.
            if (pages === 2) {
              terminating = owner.query(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'boris' AND pid <> pg_backend_pid()",
              );
            }
          },
        })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(HubError);
      expect((failure as HubError).reason).toBe('unreachable');
    } finally {
      await terminating.catch(() => undefined);
      await owner.end();
    }
    const hubId = b.backend.db.sqlite.prepare('SELECT hub_id FROM sync_hub_cursor').pluck().get() as string;
    const stopped = readHubCursor(b.backend.db, hubId).pullSeq;
    expect(stopped).toBeGreaterThan(0);
    expect(stopped).toBeLessThan(head);
    const held = messagesHeld(b);
    const resumed = await b.sync({ pageSize: 10 });
    // The rest only: the cut-off pages (10 messages each) are not fetched again. A row applied in
    // them may come back into view with a later message after the cursor (a company with the deal
    // made in it, when the drop fell between the two): the resumed pull's rescope step reads its
    // older message again and skips it as a duplicate — 0 in most runs, 1 in a loaded CI run.
    expect(resumed.pull.duplicates).toBeLessThanOrEqual(2);
    expect(resumed.pull.received - resumed.pull.duplicates).toBe(messagesHeld(b) - held);
    expect(readHubCursor(b.backend.db, hubId).pullSeq).toBe(head);
    await a.sync();
    expect(businessSnapshot(b.backend)).toEqual(businessSnapshot(a.backend));
  });

  it('a first sync cancelled part-way resumes after a restart where it stopped', async () => {
    const hub = await hubWithAdmins('anna', 'boris');
    const a = device(hub, 'anna');
    for (let i = 0; i < 10; i += 1) await createDeal(a, `Сделка ${i}`);
    await a.sync();
    const b = device(hub, 'boris', 3);
    const controller = new AbortController();
    const progress: number[] = [];
    const cancelled = await b
      .sync({
        pageSize: 8,
        signal: controller.signal,
        onProgress: (step) => {
          if (step.phase !== 'pull') return;
          progress.push(step.done);
          if (step.done > 0) controller.abort();
        },
      })
      .catch((error: unknown) => error);
    expect((cancelled as HubError).reason).toBe('cancelled');
    const partial = messagesHeld(b);
    expect(partial).toBeGreaterThan(0);
    b.restart();
    const stoppedAt = progress.at(-1)!;
    const resumedProgress: { done: number; total: number }[] = [];
    const rest = await b.sync({
      pageSize: 8,
      onProgress: (step) => step.phase === 'pull' && resumedProgress.push({ done: step.done, total: step.total }),
    });
    // The bar goes on from where the first sync stopped, towards the same end.
    expect(resumedProgress[0]!.done).toBe(stoppedAt);
    expect(resumedProgress.at(-1)!.done).toBe(resumedProgress.at(-1)!.total);
    expect(resumedProgress[0]!.total).toBe(resumedProgress.at(-1)!.total);
    expect(rest.pull.duplicates).toBe(0);
    expect(messagesHeld(b)).toBe(partial + rest.pull.received);
    await a.sync();
    expect(businessSnapshot(b.backend)).toEqual(businessSnapshot(a.backend));
  });
});
