import type { Client } from '@shared/contract/createClient';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clientFor,
  createTempBackend,
  createTestClock,
  type TempBackend,
  type TestClock,
} from '../../helpers/tempBackend';
import { batchFor, businessSnapshot, deliver, syncBoth, syncTo } from '../../helpers/syncPeers';
import { itemsBefore, LOSS_REASON_PRICE } from '../core/dealsTestKit';

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

/** Two devices sharing one workspace and one deal. */
const pairWithDeal = async (title = 'Лицензии'): Promise<[Device, Device, string]> => {
  const a = device();
  const b = device(7);
  await syncBoth(a.backend, b.backend);
  const created = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title, valueMinor: 1000 });
  await syncBoth(a.backend, b.backend);
  return [a, b, created.id];
};

const deviceOf = (d: Device) =>
  d.backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;

const openConflicts = async (d: Device) => (await d.client.call('sync.conflicts', {})).conflicts;

const title = (d: Device, id: string) =>
  d.backend.db.sqlite.prepare('SELECT title FROM deals WHERE id = ?').pluck().get(id);

/** A edits the title first, B later: concurrent, B's stamp wins. */
const concurrentTitles = async (a: Device, b: Device, id: string) => {
  a.clock.advance(1000);
  await a.client.call('deals.update', { id, patch: { title: 'From A' } });
  b.clock.advance(2000);
  await b.client.call('deals.update', { id, patch: { title: 'From B' } });
};

describe('sync conflicts', () => {
  it('records nothing for edits one after the other (the peer already saw mine)', async () => {
    const [a, b, id] = await pairWithDeal();
    a.clock.advance(1000);
    await a.client.call('deals.update', { id, patch: { title: 'First A' } });
    await syncBoth(a.backend, b.backend);
    b.clock.advance(2000);
    await b.client.call('deals.update', { id, patch: { title: 'Then B' } });
    const report = await syncTo(b.backend, a.backend);
    expect(report.conflicts).toBe(0);
    await syncBoth(a.backend, b.backend);
    expect(title(a, id)).toBe('Then B');
    expect(await openConflicts(a)).toEqual([]);
    expect(await openConflicts(b)).toEqual([]);
  });

  it('records a concurrent edit of one field on both sides, whichever way the batches go first', async () => {
    for (const winnerSendsFirst of [false, true]) {
      const [a, b, id] = await pairWithDeal();
      await concurrentTitles(a, b, id);
      if (winnerSendsFirst) await syncBoth(b.backend, a.backend);
      else await syncBoth(a.backend, b.backend);
      expect(title(a, id)).toBe('From B');
      const lost = await openConflicts(a);
      expect(lost).toEqual([
        expect.objectContaining({
          table: 'deals',
          rowId: id,
          label: 'From B',
          side: 'lost',
          fields: ['title'],
          mine: { title: 'From A' },
          theirs: { title: 'From B' },
          theirDevice: deviceOf(b),
          theirAt: START + 7 + 2000,
        }),
      ]);
      const won = await openConflicts(b);
      expect(won).toEqual([
        expect.objectContaining({ side: 'won', mine: { title: 'From B' }, theirs: { title: 'From A' } }),
      ]);
      expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
    }
  });

  it('records each merge unit one edit changed on both sides: a title and an amount changed together', async () => {
    // One edit per device, each renaming the deal and changing its amount: the pair of stamps is
    // the same for both units, and only the title's conflict was kept (the amount went unsaid).
    for (const winnerSendsFirst of [false, true]) {
      const [a, b, id] = await pairWithDeal();
      a.clock.advance(1000);
      await a.client.call('deals.update', { id, patch: { title: 'From A', valueMinor: 10_000_000 } });
      b.clock.advance(2000);
      await b.client.call('deals.update', { id, patch: { title: 'From B', valueMinor: 25_000_050 } });
      if (winnerSendsFirst) await syncBoth(b.backend, a.backend);
      else await syncBoth(a.backend, b.backend);
      const lost = await openConflicts(a);
      expect(lost.map((conflict) => [conflict.side, conflict.fields[0], conflict.mine])).toEqual(
        expect.arrayContaining([
          ['lost', 'title', { title: 'From A' }],
          ['lost', 'valueMinor', { valueMinor: 10_000_000, currency: 'RUB' }],
        ]),
      );
      expect(lost).toHaveLength(2);
      expect((await openConflicts(b)).map((conflict) => [conflict.side, conflict.fields[0]])).toEqual(
        expect.arrayContaining([
          ['won', 'title'],
          ['won', 'valueMinor'],
        ]),
      );
      // Keep mine on the amount brings Anna's 100 000 ₽ back.
      const amount = lost.find((conflict) => conflict.fields[0] === 'valueMinor')!;
      a.clock.advance(500);
      await a.client.call('sync.keepMine', { id: amount.id });
      expect(a.backend.db.sqlite.prepare('SELECT value_minor FROM deals WHERE id = ?').pluck().get(id)).toBe(
        10_000_000,
      );
    }
  });

  it('records nothing again when a batch comes twice', async () => {
    const [a, b, id] = await pairWithDeal();
    await concurrentTitles(a, b, id);
    const batch = batchFor(b.backend, a.backend);
    const first = await deliver(a.backend, batch.messages, batch.coverage, batch.sender);
    expect(first.conflicts).toBe(1);
    const again = await deliver(a.backend, batch.messages, batch.coverage, batch.sender);
    expect(again.conflicts).toBe(0);
    expect(await openConflicts(a)).toHaveLength(1);
  });

  it('keep mine writes my value again as a new change, which then wins on the peer', async () => {
    const [a, b, id] = await pairWithDeal();
    await concurrentTitles(a, b, id);
    await syncBoth(a.backend, b.backend);
    const [conflict] = await openConflicts(a);
    a.clock.advance(500);
    expect(await a.client.call('sync.keepMine', { id: conflict!.id })).toEqual({ resolved: 1 });
    expect(title(a, id)).toBe('From A');
    expect(await openConflicts(a)).toEqual([]);
    const back = await syncTo(a.backend, b.backend);
    // The kept value was written knowing B's: no new conflict on B, just the later value.
    expect(back.conflicts).toBe(0);
    expect(title(b, id)).toBe('From A');
    expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
    await expect(a.client.call('sync.keepMine', { id: conflict!.id })).rejects.toMatchObject({
      error: { code: 'CONFLICT' },
    });
  });

  it('accept clears one conflict; accept all clears the rest; the merged values stay', async () => {
    const [a, b, id] = await pairWithDeal();
    await concurrentTitles(a, b, id);
    a.clock.advance(10);
    await a.client.call('deals.update', { id, patch: { notes: 'note A' } });
    b.clock.advance(10);
    await b.client.call('deals.update', { id, patch: { notes: 'note B' } });
    await syncBoth(a.backend, b.backend);
    const conflicts = await openConflicts(a);
    expect(conflicts.map((conflict) => conflict.fields[0]).sort()).toEqual(['notes', 'title']);
    await a.client.call('sync.acceptConflict', { id: conflicts[0]!.id });
    expect(await openConflicts(a)).toHaveLength(1);
    expect((await a.client.call('sync.status', {})).openConflicts).toBe(1);
    expect(await a.client.call('sync.acceptAllConflicts', {})).toEqual({ resolved: 1 });
    expect(await openConflicts(a)).toEqual([]);
    expect(title(a, id)).toBe('From B');
    expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
  });

  it('records a merge unit as one conflict: won on A, lost on B', async () => {
    const [a, b, id] = await pairWithDeal();
    for (const point of itemsBefore('customer')) {
      await a.client.call('deals.check', { dealId: id, controlPointId: point, checked: true });
    }
    await syncBoth(a.backend, b.backend);
    b.clock.advance(1000);
    await b.client.call('deals.lose', { id, lossReasonId: LOSS_REASON_PRICE, note: 'дорого' });
    a.clock.advance(3000);
    await a.client.call('deals.win', { id });
    await syncBoth(a.backend, b.backend);
    const [lost, ...rest] = await openConflicts(b);
    expect(rest).toEqual([]);
    expect(lost).toMatchObject({
      side: 'lost',
      fields: ['status', 'wonAt', 'lostAt', 'lossReasonId', 'lossNote'],
      mine: { status: 'lost', lossReasonId: LOSS_REASON_PRICE, lossNote: 'дорого', wonAt: null },
      theirs: { status: 'won', lostAt: null, lossReasonId: null },
    });
    const page = await b.client.call('sync.conflicts', {});
    expect(page.refs[LOSS_REASON_PRICE]).toMatchObject({ kind: 'lossReason' });
    expect((await openConflicts(a)).map((conflict) => conflict.side)).toEqual(['won']);
    // Keep mine on B: the deal is lost again on both, the unit whole.
    b.clock.advance(5000);
    const lostMoves = () =>
      b.backend.db.sqlite
        .prepare("SELECT count(*) FROM stage_transitions WHERE deal_id = ? AND to_status = 'lost'")
        .pluck()
        .get(id);
    expect(lostMoves()).toBe(1);
    await b.client.call('sync.keepMine', { id: lost!.id });
    // Lost again is a move like any other: the funnel's history has it.
    expect(lostMoves()).toBe(2);
    await syncBoth(a.backend, b.backend);
    expect(
      a.backend.db.sqlite.prepare('SELECT status, won_at, loss_reason_id FROM deals WHERE id = ?').get(id),
    ).toEqual({
      status: 'lost',
      won_at: null,
      loss_reason_id: LOSS_REASON_PRICE,
    });
    expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
  });

  it('records a peer’s delete of a row I changed meanwhile; keep mine brings the row back', async () => {
    const [a, b, id] = await pairWithDeal();
    a.clock.advance(1000);
    await a.client.call('deals.update', { id, patch: { notes: 'still needed' } });
    b.clock.advance(2000);
    await b.client.call('deals.delete', { id });
    await syncBoth(a.backend, b.backend);
    const [conflict] = await openConflicts(a);
    expect(conflict).toMatchObject({ side: 'lost', fields: ['deletedAt'], mine: { deletedAt: null } });
    expect(conflict!.theirs['deletedAt']).toEqual(expect.any(Number));
    a.clock.advance(500);
    await a.client.call('sync.keepMine', { id: conflict!.id });
    await syncBoth(a.backend, b.backend);
    expect(await openConflicts(b)).toEqual([
      expect.objectContaining({ side: 'won', fields: ['deletedAt'], theirs: { deletedAt: null } }),
    ]);
    const row = b.backend.db.sqlite.prepare('SELECT deleted_at, notes FROM deals WHERE id = ?').get(id);
    expect(row).toEqual({ deleted_at: null, notes: 'still needed' });
  });

  it('records nothing when both devices set the same value', async () => {
    const [a, b, id] = await pairWithDeal();
    a.clock.advance(1000);
    await a.client.call('deals.update', { id, patch: { title: 'Same' } });
    b.clock.advance(2000);
    await b.client.call('deals.update', { id, patch: { title: 'Same' } });
    await syncBoth(a.backend, b.backend);
    expect(await openConflicts(a)).toEqual([]);
    expect(await openConflicts(b)).toEqual([]);
  });

  it('tells the losing side through a relay: A and B edit, B and C sync, C passes B’s value to A', async () => {
    const a = device();
    const b = device(7);
    const c = device(13);
    await syncBoth(a.backend, b.backend);
    await syncBoth(b.backend, c.backend);
    const created = await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Relay' });
    await syncBoth(a.backend, b.backend);
    await syncBoth(b.backend, c.backend);
    a.clock.advance(1000);
    await a.client.call('deals.update', { id: created.id, patch: { title: 'From A' } });
    b.clock.advance(2000);
    await b.client.call('deals.update', { id: created.id, patch: { title: 'From B' } });
    await syncTo(b.backend, c.backend);
    const report = await syncTo(c.backend, a.backend);
    expect(report.conflicts).toBe(1);
    expect(await openConflicts(a)).toEqual([
      expect.objectContaining({ side: 'lost', theirDevice: deviceOf(b), theirs: { title: 'From B' } }),
    ]);
  });
});
