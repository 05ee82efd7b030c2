import type { Client } from '@shared/contract/createClient';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { applySyncMessages } from '../../../src-main/core/sync/applySyncMessages';
import { importSyncBundle } from '../../../src-main/core/sync/bundle/importSyncBundle';
import { readVersionVector } from '../../../src-main/core/sync/changeLogStore';
import { LATEST_SCHEMA_VERSION } from '../../../src-main/core/db/migrations/migrations';
import { createBackend } from '../../../src-main/core/createBackend';
import type { SyncMessage } from '../../../src-main/core/sync/SyncMessage';
import { SYNCED_TABLES } from '../../../src-main/core/sync/SYNCED_TABLES';
import {
  clientFor,
  createTempBackend,
  createTestClock,
  type TempBackend,
  type TestClock,
} from '../../helpers/tempBackend';
import { batchFor, businessSnapshot, deliver, messagesFor, syncBoth } from '../../helpers/syncPeers';
import { controlPointIds, itemsBefore, LOSS_REASON_PRICE, STAGE } from '../core/dealsTestKit';

type Device = { backend: TempBackend; client: Client; clock: TestClock };

const devices: TempBackend[] = [];
afterEach(() => {
  for (const backend of devices.splice(0)) backend.dispose();
});

const START = Date.UTC(2026, 10, 23, 9, 0, 0);

const device = (offset = 0): Device => {
  const clock = createTestClock(START + offset);
  const backend = createTempBackend({ clock });
  devices.push(backend);
  return { backend, client: clientFor(backend), clock };
};

/** Two devices that already share one workspace (B took A's data, as a new laptop would). */
const pair = async (): Promise<[Device, Device]> => {
  const a = device();
  const b = device(7);
  await syncBoth(a.backend, b.backend);
  return [a, b];
};

const deal = (d: Device, id: string) =>
  d.backend.db.sqlite.prepare('SELECT * FROM deals WHERE id = ?').get(id) as Record<string, unknown>;

const tickAll = async (d: Device, dealId: string, key: keyof typeof STAGE) => {
  for (const id of controlPointIds(key))
    await d.client.call('deals.check', { dealId, controlPointId: id, checked: true });
};

const checks = (d: Device) => {
  expect(d.backend.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(d.backend.db.sqlite.pragma('foreign_key_check')).toEqual([]);
};

describe('merge engine', () => {
  it('knows every synced table of the file, referenced tables first', () => {
    const { backend } = device();
    const local = [
      'meta',
      'settings',
      'change_msgs',
      // The log's names of devices, actors and tables by number (m0072).
      'change_names',
      'imports',
      'import_changes',
      'import_presets',
      // Automation's run log and scan watermarks are each device's own.
      'automation_runs',
      'automation_scans',
      // The token that tells the engine its cached rules are stale (m0067).
      'automation_rules_version',
      // Which reminders this device delivered, snoozed or dismissed.
      'reminder_deliveries',
      // Live done activities per owner and type: derived, kept by triggers on every device.
      'activity_counts',
      // Done activities per day, owner and type for the KPIs: derived, kept by triggers (m0068).
      'kpi_activity_days',
      // Reports of closed periods kept until a write reaches them: derived, dropped by triggers (m0081).
      'kpi_period_reports',
      // The weekly report's schedule: it writes into a folder of this machine (m0038).
      'report_schedule',
      // Each laptop sends through its own SMTP account (m0052).
      'smtp_settings',
    ];
    const tables = backend.db.sqlite
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'sync%'",
      )
      .pluck()
      .all() as string[];
    // The search index (search_docs, the FTS5 table and its shadow tables) is local derived data.
    const synced = tables.filter((name) => !local.includes(name) && !name.startsWith('search_'));
    expect([...SYNCED_TABLES].sort()).toEqual(synced.sort());
    SYNCED_TABLES.forEach((table, index) => {
      const references = backend.db.sqlite.pragma(`foreign_key_list("${table}")`) as { table: string }[];
      for (const { table: target } of references) {
        if (target !== table) expect(SYNCED_TABLES.indexOf(target as never)).toBeLessThan(index);
      }
    });
  });

  it('converges two workspaces, and a batch applied again changes nothing', async () => {
    const [a, b] = await pair();
    const created = await a.client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Лицензии',
      valueMinor: 500,
    });
    const { messages, coverage } = batchFor(a.backend, b.backend);
    const first = await deliver(b.backend, messages, coverage);
    expect(first).toMatchObject({ applied: messages.length, duplicates: 0, pending: 0 });
    expect(deal(b, created.id)).toEqual(deal(a, created.id));
    const before = businessSnapshot(b.backend);
    const again = await deliver(b.backend, [...messages].reverse(), coverage);
    expect(again).toMatchObject({ applied: 0, duplicates: messages.length, touched: [] });
    expect(businessSnapshot(b.backend)).toEqual(before);
    expect(businessSnapshot(b.backend)).toEqual(businessSnapshot(a.backend));
    expect(readVersionVector(b.backend.db)).toEqual(readVersionVector(a.backend.db));
    checks(b);
  });

  it('re-sends a message lost on the way: a loose later message does not move the vector past the gap', async () => {
    const [a, b] = await pair();
    const first = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Lost on the way' });
    const lost = messagesFor(a.backend, b.backend);
    a.clock.advance(1000);
    await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Arrived' });
    const later = messagesFor(a.backend, b.backend).filter((message) => !lost.some((m) => m.hlc === message.hlc));
    await deliver(b.backend, later);
    expect(deal(b, first.id)).toBeUndefined();
    await syncBoth(a.backend, b.backend);
    expect(deal(b, first.id)).toMatchObject({ title: 'Lost on the way' });
    expect(businessSnapshot(b.backend)).toEqual(businessSnapshot(a.backend));
    // A batch whose coverage starts past what B holds does not move B's vector either.
    const aId = a.backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
    const before = readVersionVector(b.backend.db)[aId];
    await deliver(b.backend, [], { [aId]: { after: '9999', through: '9999z' } });
    expect(readVersionVector(b.backend.db)[aId]).toBe(before);
  });

  it('keeps the later of two concurrent edits of one field on both devices (LWW by HLC)', async () => {
    const [a, b] = await pair();
    const created = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Old' });
    await syncBoth(a.backend, b.backend);
    a.clock.advance(1000);
    await a.client.call('deals.update', { id: created.id, patch: { title: 'From A', notes: 'a note' } });
    b.clock.advance(2000);
    await b.client.call('deals.update', { id: created.id, patch: { title: 'From B' } });
    await syncBoth(a.backend, b.backend);
    expect(deal(a, created.id)).toMatchObject({ title: 'From B', notes: 'a note', title_key: 'from b' });
    expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
  });

  it('merges status with its won/lost time and loss reason as one unit: won on A, lost on B', async () => {
    for (const loserFirst of [false, true]) {
      const [a, b] = await pair();
      const created = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Win or lose' });
      for (const id of itemsBefore('customer')) {
        await a.client.call('deals.check', { dealId: created.id, controlPointId: id, checked: true });
      }
      await syncBoth(a.backend, b.backend);
      b.clock.advance(loserFirst ? 1000 : 3000);
      await b.client.call('deals.lose', { id: created.id, lossReasonId: LOSS_REASON_PRICE, note: 'дорого' });
      a.clock.advance(2000);
      await a.client.call('deals.update', { id: created.id, patch: { valueMinor: 100 } });
      const won = await a.client.call('deals.win', { id: created.id });
      expect(won.status).toBe('won');
      await syncBoth(a.backend, b.backend);
      const merged = deal(a, created.id);
      expect(merged).toEqual(deal(b, created.id));
      if (loserFirst) {
        expect(merged).toMatchObject({ status: 'won', lost_at: null, loss_reason_id: null, loss_note: null });
      } else {
        expect(merged).toMatchObject({ status: 'lost', won_at: null, loss_reason_id: LOSS_REASON_PRICE });
      }
      checks(a);
      checks(b);
    }
  });

  it('merges value with currency as one unit', async () => {
    const [a, b] = await pair();
    const created = await a.client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Money',
      valueMinor: 100,
    });
    await syncBoth(a.backend, b.backend);
    a.clock.advance(1000);
    await a.client.call('deals.update', { id: created.id, patch: { valueMinor: 900 } });
    b.clock.advance(2000);
    await b.client.call('deals.update', { id: created.id, patch: { currency: 'USD' } });
    await syncBoth(a.backend, b.backend);
    // B's later write carried the unit as B had it (100 USD): A's 900 in the old currency does not mix in.
    expect(deal(a, created.id)).toMatchObject({ value_minor: 100, currency: 'USD' });
    expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
  });

  it('applies a deal that arrives before its company, and resolves the reference when the company comes', async () => {
    const [a, b] = await pair();
    const { company } = await a.client.call('companies.create', { name: 'ООО Ромашка' });
    const created = await a.client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Ромашка: лицензии',
      companyId: company.id,
    });
    const messages = messagesFor(a.backend, b.backend);
    const companyMessages = messages.filter((message) => message.table === 'companies');
    const rest = messages.filter((message) => message.table !== 'companies');
    const first = await deliver(b.backend, rest);
    expect(first.pending).toBeGreaterThan(0);
    expect(deal(b, created.id)).toBeUndefined();
    checks(b);
    const second = await deliver(b.backend, companyMessages);
    expect(second.pending).toBe(0);
    expect(deal(b, created.id)).toMatchObject({ company_id: company.id });
    expect(businessSnapshot(b.backend)).toEqual(businessSnapshot(a.backend));
    checks(b);
  });

  it('writes the new rows a constraint lets in when one of them is refused, and keeps that one waiting', async () => {
    const [a, b] = await pair();
    const field = (d: Device, key: string) =>
      d.client.call('customFields.create', { entity: 'deal', key, nameRu: key, nameEn: key, type: 'text' });
    // Four fields made on A; B made one of the same key meanwhile (one live field per key).
    for (const key of ['region', 'tender', 'budget_code', 'lot']) await field(a, key);
    const own = await field(b, 'tender');
    const report = await deliver(b.backend, messagesFor(a.backend, b.backend));
    const keys = b.backend.db.sqlite
      .prepare("SELECT key, id FROM custom_fields WHERE entity = 'deal' AND deleted_at IS NULL ORDER BY key")
      .all();
    expect(keys).toEqual([
      { key: 'budget_code', id: expect.any(String) },
      { key: 'lot', id: expect.any(String) },
      { key: 'region', id: expect.any(String) },
      { key: 'tender', id: own.id },
    ]);
    expect(report.pending).toBe(1);
    expect(b.backend.db.sqlite.prepare('SELECT tbl, reason FROM sync_pending').all()).toEqual([
      { tbl: 'custom_fields', reason: expect.stringContaining('UNIQUE') },
    ]);
    checks(b);
  });

  it('keeps an edit that arrives before its row, and applies it with the insert', async () => {
    const [a, b] = await pair();
    const created = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'First' });
    const insert = messagesFor(a.backend, b.backend);
    a.clock.advance(1000);
    await a.client.call('deals.update', { id: created.id, patch: { title: 'Second' } });
    const edit = messagesFor(a.backend, b.backend).filter((message) => !insert.some((m) => m.hlc === message.hlc));
    expect((await deliver(b.backend, edit)).pending).toBe(1);
    await deliver(b.backend, insert);
    expect(deal(b, created.id)).toMatchObject({ title: 'Second' });
    expect(businessSnapshot(b.backend)).toEqual(businessSnapshot(a.backend));
  });

  it('orders two cards moved to the same place on two devices the same way on both', async () => {
    const [a, b] = await pair();
    const ids: string[] = [];
    for (const title of ['One', 'Two', 'Three', 'Four']) {
      ids.push((await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title })).id);
    }
    await syncBoth(a.backend, b.backend);
    const [one, two, three, four] = ids as [string, string, string, string];
    a.clock.advance(1000);
    await a.client.call('deals.move', { id: three, toStageId: STAGE.newLead, afterId: one, beforeId: two });
    b.clock.advance(1000);
    await b.client.call('deals.move', { id: four, toStageId: STAGE.newLead, afterId: one, beforeId: two });
    await syncBoth(a.backend, b.backend);
    const column = async (d: Device) =>
      (await d.client.call('deals.boardColumn', { stageId: STAGE.newLead, limit: 50 })).cards.map((card) => card.id);
    const onA = await column(a);
    expect(onA).toEqual(await column(b));
    expect(onA[0]).toBe(one);
    expect(onA.slice(1, 3).sort()).toEqual([three, four].sort());
    expect(onA[3]).toBe(two);
  });

  it('keeps a move past a gate unticked on another device, and flags it for review', async () => {
    const [a, b] = await pair();
    const created = await a.client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Gate',
      stageId: STAGE.qualification,
    });
    await tickAll(a, created.id, 'qualification');
    await syncBoth(a.backend, b.backend);
    a.clock.advance(1000);
    await a.client.call('deals.move', { id: created.id, toStageId: STAGE.proposal });
    b.clock.advance(2000);
    const [item] = controlPointIds('qualification');
    await b.client.call('deals.check', { dealId: created.id, controlPointId: item ?? '', checked: false });
    await syncBoth(a.backend, b.backend);
    for (const d of [a, b]) {
      expect(deal(d, created.id)).toMatchObject({ stage_id: STAGE.proposal });
      const reviews = d.backend.db.sqlite.prepare('SELECT row_id, rule, detail FROM sync_reviews').all();
      expect(reviews).toEqual([{ row_id: created.id, rule: 'gate', detail: JSON.stringify([item]) }]);
      // Settings → Sync lists it by name, to open from there, with the item its stage passed unticked.
      expect(await d.client.call('sync.status', {})).toMatchObject({
        reviews: 1,
        reviewDeals: [{ id: created.id, title: 'Gate', missing: [{ label: null, defaultKey: 'budget_confirmed' }] }],
      });
    }
    // Ticking it again (on either device) satisfies the gate, and the flag goes.
    await a.client.call('deals.check', { dealId: created.id, controlPointId: item ?? '', checked: true });
    // On the device that ticked it, at once (it had waited for the next merge).
    expect(await a.client.call('sync.status', {})).toMatchObject({ reviews: 0, reviewDeals: [] });
    await syncBoth(a.backend, b.backend);
    expect(b.backend.db.sqlite.prepare('SELECT count(*) FROM sync_reviews').pluck().get()).toBe(0);
  });

  it('reviews a bundle’s deals once, in their final state: a flag an earlier step would raise and a later one clear is not counted', async () => {
    const [a, b] = await pair();
    const created = await a.client.call('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Gate in steps',
      stageId: STAGE.qualification,
    });
    await tickAll(a, created.id, 'qualification');
    // C holds the deal as it stood then (a deal that arrives whole is the peer's, not reviewed).
    const c = device(11);
    await syncBoth(a.backend, b.backend);
    await syncBoth(a.backend, c.backend);
    a.clock.advance(1000);
    await a.client.call('deals.move', { id: created.id, toStageId: STAGE.proposal });
    b.clock.advance(2000);
    const [item] = controlPointIds('qualification');
    await b.client.call('deals.check', { dealId: created.id, controlPointId: item ?? '', checked: false });
    await syncBoth(a.backend, b.backend);
    a.clock.advance(5000);
    await a.client.call('deals.check', { dealId: created.id, controlPointId: item ?? '', checked: true });
    // C takes A's whole log a message at a time: the move and the untick make a state the gate
    // forbids, the tick after them one it allows.
    const file = await a.client.call('sync.exportBundle', { scope: { kind: 'all' } });
    const { report } = await c.backend.runLocal((ctx) =>
      importSyncBundle(ctx, Buffer.from(file.base64, 'base64'), { messagesPerStep: 1 }),
    );
    expect(report.flagged).toBe(0);
    expect(c.backend.db.sqlite.prepare('SELECT count(*) FROM sync_reviews').pluck().get()).toBe(0);
    expect(deal(c, created.id)).toMatchObject({ stage_id: STAGE.proposal });
  });

  it('keeps a message from a newer schema and applies it after the upgrade', async () => {
    const [a, b] = await pair();
    const created = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Future' });
    await syncBoth(a.backend, b.backend);
    const future: SyncMessage = {
      hlc: '2026-11-23T10:00:00.000Z-0000-ffffffffffffffff',
      device: 'ffffffffffffffff',
      actor: null,
      at: START + 3_600_000,
      table: 'deals',
      rowId: created.id,
      cells: { title: 'Renamed by v99', priority_score: 7 },
      schema: LATEST_SCHEMA_VERSION + 1,
    };
    const report = await deliver(b.backend, [future]);
    expect(report).toMatchObject({ parked: 1, applied: 0 });
    expect(deal(b, created.id)).toMatchObject({ title: 'Future' });
    // Held loose (no batch said it is all of that device's): not in the vector, so it may come again.
    expect(readVersionVector(b.backend.db)['ffffffffffffffff']).toBeUndefined();
    // Relayed meanwhile: a third device gets it from B.
    expect(messagesFor(b.backend, a.backend).map((message) => message.hlc)).toEqual([future.hlc]);
    expect((await deliver(b.backend, [future])).duplicates).toBe(1);

    // The upgrade: the new column appears, and the file reopens at the new version.
    b.backend.db.sqlite.exec('ALTER TABLE deals ADD COLUMN priority_score INTEGER');
    const { dbPath } = b.backend;
    b.backend.close();
    const upgraded = createBackend({ dbPath, platform: 'test', clock: b.clock });
    try {
      const after = upgraded.db.inWriteTransaction(() =>
        applySyncMessages(upgraded.db, [], b.clock.now(), { schemaVersion: LATEST_SCHEMA_VERSION + 1 }),
      );
      expect(after).toMatchObject({ unparked: 1 });
      expect(
        upgraded.db.sqlite.prepare('SELECT title, priority_score FROM deals WHERE id = ?').get(created.id),
      ).toEqual({
        title: 'Renamed by v99',
        priority_score: 7,
      });
      expect(upgraded.db.sqlite.prepare('SELECT count(*) FROM sync_parked').pluck().get()).toBe(0);
    } finally {
      upgraded.close();
    }
  });

  it('names a device whose clock runs far ahead', async () => {
    const a = device();
    const b = device(3 * 3_600_000);
    await b.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'From the future' });
    const report = await deliver(a.backend, messagesFor(b.backend, a.backend));
    const bId = b.backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
    expect(Object.keys(report.clocksAhead)).toEqual([bId]);
    expect(report.clocksAhead[bId]).toBeGreaterThanOrEqual(3 * 3_600_000 - 10);
    expect(
      a.backend.db.sqlite.prepare('SELECT device_id FROM sync_peers WHERE clock_ahead_ms > 0').pluck().all(),
    ).toEqual([bId]);
    const same = await deliver(b.backend, messagesFor(a.backend, b.backend));
    expect(same.clocksAhead).toEqual({});
  });

  it('keeps the newest word on a device’s clock: less ahead as it is seen less ahead, none once it is set right', async () => {
    const a = device();
    const b = device(3 * 3_600_000);
    const bId = b.backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
    const aheadOnA = () =>
      a.backend.db.sqlite.prepare('SELECT clock_ahead_ms FROM sync_peers WHERE device_id = ?').pluck().get(bId);
    const edit = async (title: string) => {
      await b.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title });
      await deliver(a.backend, messagesFor(b.backend, a.backend));
    };
    await edit('Three hours ahead');
    expect(aheadOnA()).toBe(3 * 3_600_000);
    // Set to one hour ahead: the warning says one hour, not the three it said before.
    b.clock.set(START + 3_600_000);
    await edit('One hour ahead');
    expect(aheadOnA()).toBe(3_600_000);
    // Set right: the next change clears it (it had stayed at its highest for ever).
    b.clock.set(START + 1000);
    await edit('On time');
    expect(aheadOnA()).toBeNull();
    expect(
      (await a.client.call('sync.status', {})).peers.find((peer) => peer.deviceId === bId)?.clockAheadMs,
    ).toBeNull();
  });

  it('merges a delete on one device with an edit on another by the later stamp, and a restore', async () => {
    const [a, b] = await pair();
    const created = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Tomb' });
    await syncBoth(a.backend, b.backend);
    a.clock.advance(1000);
    await a.client.call('deals.delete', { id: created.id });
    b.clock.advance(2000);
    await b.client.call('deals.update', { id: created.id, patch: { notes: 'still here' } });
    await syncBoth(a.backend, b.backend);
    expect(deal(b, created.id)).toMatchObject({ notes: 'still here' });
    expect(deal(b, created.id)['deleted_at']).not.toBeNull();
    b.clock.advance(1000);
    await b.client.call('deals.restore', { id: created.id });
    await syncBoth(a.backend, b.backend);
    expect(deal(a, created.id)['deleted_at']).toBeNull();
    expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
  });
});

describe('ICP fit across devices', () => {
  it('derives a peer’s company’s fit from the profile a peer approved, without logging it', async () => {
    const [a, b] = await pair();
    const profile = await a.client.call('icpProfiles.create', {
      name: 'Логистика',
      industries: ['Логистика'],
      sizeMin: null,
      sizeMax: null,
      regions: ['Москва'],
      revenueMinMinor: null,
      revenueMaxMinor: null,
      mustHave: [],
      excluding: [],
      notes: null,
    });
    await a.client.call('icpProfiles.approve', { id: profile.id });
    const { company } = await b.client.call('companies.create', { name: 'ООО «Груз»', industry: 'логистика' });
    expect(company.icpFit).toBeNull();
    await syncBoth(a.backend, b.backend);
    const fitOn = (d: Device) =>
      d.backend.db.sqlite.prepare('SELECT icp_fit FROM companies WHERE id = ?').pluck().get(company.id);
    expect(fitOn(a)).toBe(0.5);
    expect(fitOn(b)).toBe(0.5);
    await a.client.call('icpProfiles.unapprove', { id: profile.id });
    await syncBoth(a.backend, b.backend);
    expect(fitOn(b)).toBeNull();
    expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
  });
});
