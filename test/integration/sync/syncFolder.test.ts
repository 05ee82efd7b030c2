import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@shared/contract/createClient';
import type { SyncFolderStatus } from '@shared/contract/schemas/syncFolder';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../src-main/core/createBackend';
import { readBundleHeader } from '../../../src-main/core/sync/bundle/bundleCodec';
import { newestOwnStamp, readVersionVector } from '../../../src-main/core/sync/changeLogStore';
import { clientFor, createTestClock, type TestClock } from '../../helpers/tempBackend';
import { businessSnapshot } from '../../helpers/syncPeers';

type Device = { backend: Backend; client: Client; clock: TestClock; dbPath: string; id: string };

let root: string;
let shared: string;
const open: Backend[] = [];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'voronka-sync-folder-'));
  shared = join(root, 'shared');
  mkdirSync(shared);
});
afterEach(() => {
  for (const backend of open.splice(0)) backend.close();
  rmSync(root, { recursive: true, force: true });
});

const START = Date.UTC(2026, 11, 1, 9, 0, 0);

const device = (name: string, options: { syncDir?: string; clock?: TestClock } = {}): Device => {
  const clock = options.clock ?? createTestClock(START);
  const dbPath = join(root, `${name}.sqlite`);
  const backend = createBackend({ dbPath, platform: 'test', clock, syncDir: options.syncDir ?? shared });
  open.push(backend);
  const id = backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
  return { backend, client: clientFor(backend), clock, dbPath, id };
};

const close = (d: Device) => {
  open.splice(open.indexOf(d.backend), 1);
  d.backend.close();
};

const syncNow = (d: Device): Promise<SyncFolderStatus> => d.client.call('syncFolder.runNow', {});

const createDeal = async (d: Device, title: string): Promise<string> =>
  (await d.client.call('deals.create', { title, pipelineId: DEFAULT_PIPELINE.id })).id;

const dealTitle = (d: Device, id: string) =>
  d.backend.db.sqlite.prepare('SELECT title FROM deals WHERE id = ?').pluck().get(id) as string | undefined;

const segmentsOf = (d: Device) => readdirSync(join(shared, d.id)).sort();

describe('shared folder sync', () => {
  it('two devices exchange both ways and converge; a third joins later and catches up', async () => {
    const a = device('a');
    const b = device('b');
    const dealId = await createDeal(a, 'Лицензии на 50 мест');
    const first = await syncNow(a);
    expect(first.lastRun).toMatchObject({ problem: null });
    expect(first.lastRun!.written).toBeGreaterThan(0);
    expect(first.waitingOut).toBe(0);
    expect(segmentsOf(a)).toEqual(['0000000001.vseg']);

    expect(dealTitle(b, dealId)).toBeUndefined();
    const onB = await syncNow(b);
    expect(dealTitle(b, dealId)).toBe('Лицензии на 50 мест');
    expect(onB.lastRun!.applied).toBeGreaterThan(0);
    expect(onB.peers).toEqual([
      expect.objectContaining({ deviceId: a.id, segments: 1, lastSeq: 1, lastMadeAt: START }),
    ]);
    // Settings → Sync says when A's changes last came, and by which way (it had said nothing).
    const peerOnB = (await b.client.call('sync.status', {})).peers.find((peer) => peer.deviceId === a.id);
    expect(peerOnB?.syncs).toEqual([
      { transport: 'folder', direction: 'in', at: START, messages: onB.lastRun!.applied },
    ]);

    b.clock.advance(60_000);
    await b.client.call('deals.update', { id: dealId, patch: { title: 'Лицензии на 80 мест' } });
    expect((await b.client.call('syncFolder.get', {})).waitingOut).toBeGreaterThan(0);
    await syncNow(b);
    await syncNow(a);
    expect(dealTitle(a, dealId)).toBe('Лицензии на 80 мест');

    const c = device('c');
    await syncNow(c);
    expect(businessSnapshot(c.backend)).toEqual(businessSnapshot(a.backend));
    expect(businessSnapshot(b.backend)).toEqual(businessSnapshot(a.backend));
    // What B holds of A moved by A's segments whole (their coverage), as a bundle's would.
    const newestOfA = newestOwnStamp(a.backend.db, a.id, null);
    expect(readVersionVector(b.backend.db)[a.id]).toBe(newestOfA);
  });

  it('never reads its own files, writes only what is new, and resumes after a restart', async () => {
    const a = device('a');
    const b = device('b');
    await createDeal(a, 'Первая');
    await syncNow(a);
    await syncNow(a);
    expect(segmentsOf(a)).toEqual(['0000000001.vseg']);
    const own = a.backend.db.sqlite.prepare('SELECT count(*) FROM sync_folder_segments WHERE device_id = ?');
    expect(own.pluck().get(a.id)).toBe(0);

    await syncNow(b);
    close(b);
    const second = await createDeal(a, 'Вторая');
    await syncNow(a);
    expect(segmentsOf(a)).toEqual(['0000000001.vseg', '0000000002.vseg']);
    // The second segment carries only the new deal's messages.
    const header = readBundleHeader(readFileSync(join(shared, a.id, '0000000002.vseg'))).header;
    const firstHeader = readBundleHeader(readFileSync(join(shared, a.id, '0000000001.vseg'))).header;
    expect(header.coverage[a.id]!.after).toBe(firstHeader.coverage[a.id]!.through);
    expect(header.messageCount).toBeLessThan(firstHeader.messageCount);

    const reopened = device('b', { clock: createTestClock(START + 3_600_000) });
    expect(reopened.id).toBe(b.id);
    const after = await syncNow(reopened);
    // Only the new file was read: the first, applied before the restart, was not looked into again.
    const seenAt = reopened.backend.db.sqlite
      .prepare('SELECT seq, seen_at FROM sync_folder_segments ORDER BY seq')
      .all();
    expect(seenAt).toEqual([
      { seq: 1, seen_at: START },
      { seq: 2, seen_at: START + 3_600_000 },
    ]);
    expect(dealTitle(reopened, second)).toBe('Вторая');
    expect(after.peers[0]).toMatchObject({ deviceId: a.id, segments: 2, lastSeq: 2 });
    const again = await syncNow(reopened);
    expect(again.lastRun!.applied).toBe(0);
  });

  it('skips a half-copied file (and the files after it) until it is complete, and ignores temporary names', async () => {
    const a = device('a');
    const b = device('b');
    const one = await createDeal(a, 'Один');
    await syncNow(a);
    const two = await createDeal(a, 'Два');
    await syncNow(a);
    const firstPath = join(shared, a.id, '0000000001.vseg');
    const whole = readFileSync(firstPath);
    writeFileSync(firstPath, whole.subarray(0, Math.floor(whole.length / 2)));
    writeFileSync(join(shared, a.id, '.4f2a.vseg.tmp'), 'half a file');
    writeFileSync(join(shared, a.id, '0000000003.vseg.syncthing.tmp'), 'half a file');
    writeFileSync(join(shared, a.id, '0000000003.vseg~'), 'a conflict copy');

    const waiting = await syncNow(b);
    expect(dealTitle(b, one)).toBeUndefined();
    // The second segment is whole, but waits for the first: it continues it.
    expect(dealTitle(b, two)).toBeUndefined();
    expect(waiting.lastRun).toMatchObject({ problem: null, applied: 0 });
    expect(waiting.files).toEqual([
      expect.objectContaining({ deviceId: a.id, name: '0000000001.vseg', reason: 'incomplete' }),
    ]);

    writeFileSync(firstPath, whole);
    const done = await syncNow(b);
    expect(dealTitle(b, one)).toBe('Один');
    expect(dealTitle(b, two)).toBe('Два');
    expect(done.files).toEqual([]);
    expect(done.peers[0]).toMatchObject({ segments: 2, lastSeq: 2 });
  });

  it('refuses a tampered file and one signed by another device, and says so', async () => {
    const a = device('a');
    const b = device('b');
    const dealId = await createDeal(a, 'Подпись');
    await syncNow(a);
    const path = join(shared, a.id, '0000000001.vseg');
    const bytes = readFileSync(path);
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 80] = (tampered[tampered.length - 80] ?? 0) ^ 0xff;
    writeFileSync(path, tampered);
    // A's file copied into a folder named as another device: not that device's.
    mkdirSync(join(shared, 'ffffffffffffffff'));
    writeFileSync(join(shared, 'ffffffffffffffff', '0000000001.vseg'), bytes);

    const status = await syncNow(b);
    expect(dealTitle(b, dealId)).toBeUndefined();
    expect(status.lastRun).toMatchObject({ problem: null, applied: 0 });
    const reasons = Object.fromEntries(status.files.map((file) => [file.deviceId, file.reason]));
    expect(reasons).toEqual({ [a.id]: 'tampered', ffffffffffffffff: 'foreign' });
    // A file taken away again (the syncing tool's conflict copy removed) leaves the list.
    rmSync(join(shared, 'ffffffffffffffff'), { recursive: true });
    expect((await syncNow(b)).files.map((file) => file.reason)).toEqual(['tampered']);

    // The original bytes back (the syncing tool repaired it): read again, since they changed.
    writeFileSync(path, bytes);
    await syncNow(b);
    expect(dealTitle(b, dealId)).toBe('Подпись');
  });

  it('refuses a file signed by another key than the device used before', async () => {
    const a = device('a');
    const b = device('b');
    await createDeal(a, 'Первая');
    await syncNow(a);
    await syncNow(b);
    b.backend.db.sqlite.prepare('UPDATE sync_peers SET public_key = ? WHERE device_id = ?').run('another key', a.id);
    const second = await createDeal(a, 'Вторая');
    await syncNow(a);
    const status = await syncNow(b);
    expect(dealTitle(b, second)).toBeUndefined();
    expect(status.files).toEqual([expect.objectContaining({ name: '0000000002.vseg', reason: 'other_key' })]);
  });

  it('a segment applied twice changes nothing', async () => {
    const a = device('a');
    const b = device('b');
    await createDeal(a, 'Дважды');
    await syncNow(a);
    await syncNow(b);
    const before = businessSnapshot(b.backend);
    const log = b.backend.db.sqlite.prepare('SELECT count(*) FROM change_log').pluck();
    const logBefore = log.get();
    // Forget that it was read: the next run reads and applies it again.
    b.backend.db.sqlite.exec('DELETE FROM sync_folder_segments');
    const again = await syncNow(b);
    expect(again.lastRun!.applied).toBe(0);
    expect(again.peers[0]).toMatchObject({ deviceId: a.id, segments: 1 });
    expect(businessSnapshot(b.backend)).toEqual(before);
    expect(log.get()).toBe(logBefore);
  });

  it('encrypts segments with the passphrase and reads them once the reader has it', async () => {
    const a = device('a');
    const b = device('b');
    await a.client.call('syncFolder.set', { enabled: false, intervalSeconds: 60, passphrase: 'общий пароль папки' });
    const dealId = await createDeal(a, 'Секрет');
    await syncNow(a);
    const file = readFileSync(join(shared, a.id, '0000000001.vseg'));
    expect(readBundleHeader(file).header.encryption).not.toBeNull();
    expect(file.includes(Buffer.from('Секрет'))).toBe(false);

    const refused = await syncNow(b);
    expect(refused.files).toEqual([expect.objectContaining({ reason: 'passphrase_needed' })]);
    await b.client.call('syncFolder.set', { enabled: false, intervalSeconds: 60, passphrase: 'неверный пароль' });
    expect((await syncNow(b)).files).toEqual([expect.objectContaining({ reason: 'wrong_passphrase' })]);
    const set = await b.client.call('syncFolder.set', {
      enabled: false,
      intervalSeconds: 60,
      passphrase: 'общий пароль папки',
    });
    expect(set.hasPassphrase).toBe(true);
    expect((await syncNow(b)).files).toEqual([]);
    expect(dealTitle(b, dealId)).toBe('Секрет');
  });

  it('reports a missing folder in plain words, and no folder at all', async () => {
    const gone = join(root, 'unplugged');
    const a = device('a', { syncDir: gone });
    const status = await syncNow(a);
    expect(status.folder).toEqual({ path: gone, source: 'host', canChoose: false });
    expect(status.lastRun).toMatchObject({ problem: 'folder_missing', written: 0 });
    mkdirSync(gone);
    expect((await syncNow(a)).lastRun).toMatchObject({ problem: null });

    const backend = createBackend({ dbPath: join(root, 'n.sqlite'), platform: 'test' });
    open.push(backend);
    const none = await clientFor(backend).call('syncFolder.runNow', {});
    expect(none.folder).toEqual({ path: null, source: 'none', canChoose: false });
    expect(none.lastRun).toMatchObject({ problem: 'no_folder' });
  });

  it('validates its settings', async () => {
    const a = device('a');
    const refused = await a.backend.dispatch('syncFolder.set', { enabled: true, intervalSeconds: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const short = await a.backend.dispatch('syncFolder.set', { enabled: true, intervalSeconds: 60, passphrase: 'abc' });
    expect(short).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const saved = await a.client.call('syncFolder.set', { enabled: true, intervalSeconds: 300 });
    expect(saved).toMatchObject({ enabled: true, intervalSeconds: 300, hasPassphrase: false });
  });
});
