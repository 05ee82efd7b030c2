import type { Client } from '@shared/contract/createClient';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { encodeBundle, openBundle, sealBundle } from '../../../src-main/core/sync/bundle/bundleCodec';
import { packRecords } from '../../../src-main/core/sync/bundle/bundleRecords';
import { loggedOf } from '../../../src-main/core/sync/changeLogStore';
import { packCells } from '../../../src-main/core/changes/packCells';
import { unpackCells } from '../../../src-main/core/changes/unpackCells';
import { importSyncBundle } from '../../../src-main/core/sync/bundle/importSyncBundle';
import { publicKeyText } from '../../../src-main/core/sync/bundle/readOrCreateSigningKey';
import type { SyncMessage } from '../../../src-main/core/sync/SyncMessage';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { businessSnapshot } from '../../helpers/syncPeers';

type Device = { backend: TempBackend; client: Client };

const devices: TempBackend[] = [];
afterEach(() => {
  for (const backend of devices.splice(0)) backend.dispose();
});

const device = (offset = 0): Device => {
  const backend = createTempBackend({ clock: createTestClock(Date.UTC(2026, 10, 23, 9, 0, 0) + offset) });
  devices.push(backend);
  return { backend, client: clientFor(backend) };
};

const deviceOf = (d: Device) =>
  d.backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;

const exportAll = (d: Device) => d.client.call('sync.exportBundle', { scope: { kind: 'all' } });

describe('sync bundles from the app', () => {
  it('imports a bundle once: again it changes nothing; progress and data.changed are pushed', async () => {
    const a = device();
    const b = device(5);
    await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Из бандла' });
    const file = await exportAll(a);
    expect(file.fileName).toMatch(/^voronka-sync-[0-9a-f]{8}-.*\.vsync$/);
    expect(file.bytes).toBe(Buffer.from(file.base64, 'base64').byteLength);
    b.backend.received.length = 0;
    const first = await b.client.call('sync.importBundle', { fileName: file.fileName, base64: file.base64 });
    expect(first).toMatchObject({ deviceId: deviceOf(a), duplicates: 0, conflicts: 0 });
    expect(first.applied).toBe(file.messageCount);
    const phases = b.backend.received.filter((event) => event.type === 'sync.progress').map((event) => event.phase);
    expect(phases[0]).toBe('started');
    expect(phases).toContain('running');
    expect(phases.at(-1)).toBe('done');
    const changed = b.backend.received.find((event) => event.type === 'data.changed');
    expect(changed?.type === 'data.changed' && changed.tables).toEqual(expect.arrayContaining(['deals', 'sync_peers']));
    const snapshot = businessSnapshot(b.backend);
    const again = await b.client.call('sync.importBundle', { fileName: file.fileName, base64: file.base64 });
    expect(again).toMatchObject({ applied: 0, duplicates: file.messageCount });
    expect(businessSnapshot(b.backend)).toEqual(snapshot);
    const status = await b.client.call('sync.status', {});
    expect(status.peers).toEqual([
      expect.objectContaining({
        deviceId: deviceOf(a),
        waiting: expect.any(Number),
        syncs: [expect.objectContaining({ transport: 'bundle', direction: 'in', messages: 0 })],
      }),
    ]);
    // B's own seed is what A lacks; a bundle for A carries exactly it, and then nothing waits.
    const waiting = status.peers[0]!.waiting as number;
    const back = await b.client.call('sync.exportBundle', { scope: { kind: 'peer', deviceId: deviceOf(a) } });
    expect(back.messageCount).toBe(waiting);
    await a.client.call('sync.importBundle', { fileName: back.fileName, base64: back.base64 });
    await b.client.call('sync.importBundle', { fileName: 'again', base64: (await exportAll(a)).base64 });
    expect((await b.client.call('sync.status', {})).peers[0]).toMatchObject({ waiting: 0 });
    expect(businessSnapshot(a.backend)).toEqual(businessSnapshot(b.backend));
  });

  it("names the exported file by the workspace's time zone: Vladivostok's rep sees its own date", async () => {
    const a = device(11 * 3_600_000); // 20:00 UTC on 23 November: 06:00 on the 24th in Vladivostok
    await a.client.call('settings.set', { 'workspace.timeZone': 'Asia/Vladivostok' });
    const file = await exportAll(a);
    expect(file.fileName).toBe(`voronka-sync-${deviceOf(a).slice(0, 8)}-2026-11-24-060000.vsync`);
  });

  it('refuses a truncated file, a foreign file and its own bundle in words the UI translates', async () => {
    const a = device();
    const b = device(5);
    const file = await exportAll(a);
    const bytes = Buffer.from(file.base64, 'base64');
    const refused = (base64: string, on: Device = b) =>
      on.client.call('sync.importBundle', { fileName: 'x.vsync', base64 }).then(
        () => null,
        (error: { error: { code: string; params?: { reason?: string } } }) => [
          error.error.code,
          error.error.params?.reason,
        ],
      );
    expect(await refused(bytes.subarray(0, bytes.length - 10).toString('base64'))).toEqual(['BAD_INPUT', 'truncated']);
    expect(await refused(Buffer.from('PK\u0003\u0004 a zip file').toString('base64'))).toEqual([
      'BAD_INPUT',
      'not_bundle',
    ]);
    const altered = Buffer.from(bytes);
    altered[altered.length - 100] = (altered[altered.length - 100] ?? 0) ^ 0xff;
    expect(await refused(altered.toString('base64'))).toEqual(['BAD_INPUT', 'altered']);
    expect(await refused(file.base64, a)).toEqual(['BAD_INPUT', 'own_bundle']);
    expect((await b.client.call('sync.status', {})).peers).toEqual([]);
  });

  it('a cancelled import leaves nothing of the bundle', async () => {
    const a = device();
    const b = device(5);
    await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Cancelled' });
    const file = await exportAll(a);
    const before = businessSnapshot(b.backend);
    await expect(
      b.backend.runLocal((ctx) => importSyncBundle(ctx, Buffer.from(file.base64, 'base64'), { cancelled: () => true })),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(businessSnapshot(b.backend)).toEqual(before);
    expect((await b.client.call('sync.status', {})).peers).toEqual([]);
  });

  it('refuses, and leaves nothing of, a signed bundle with a line that is not a message, however far in', async () => {
    const a = device();
    const b = device(5);
    await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Before the bad line' });
    const { header, messages } = openBundle(Buffer.from((await exportAll(a)).base64, 'base64'));
    const good = [...messages()];
    const last = good.at(-1)!;
    const { privateKey } = generateKeyPairSync('ed25519');
    const key = { privateKey, publicKey: publicKeyText(privateKey), deviceId: header.device };
    // Format 1 (JSON lines), as older devices write: a line is whatever object it is given.
    const signedWith = (lines: unknown[]) =>
      encodeBundle(
        { ...header, messages: lines as SyncMessage[], overrides: [...header.overrides] },
        key,
        undefined,
        1,
      );
    const before = businessSnapshot(b.backend);
    const logged = () => b.backend.db.sqlite.prepare('SELECT count(*) FROM change_msgs').pluck().get();
    const loggedBefore = logged();
    const cacheBefore = b.backend.db.sqlite.pragma('cache_size', { simple: true });
    for (const bad of [
      { ...last, extra: 1 },
      { ...last, cells: [1] },
      { ...last, cells: { title: { nested: true } } },
      { ...last, schema: 1.5 },
      { ...last, hlc: 'not a stamp' },
      (({ actor: _actor, ...rest }) => rest)(last),
    ]) {
      await expect(
        b.backend.runLocal((ctx) => importSyncBundle(ctx, signedWith([...good, bad]), { messagesPerStep: 1 })),
      ).rejects.toMatchObject({ reason: 'damaged' });
    }
    expect(businessSnapshot(b.backend)).toEqual(before);
    expect(logged()).toBe(loggedBefore);
    // The import's larger page cache is the connection's own again.
    expect(b.backend.db.sqlite.pragma('cache_size', { simple: true })).toBe(cacheBefore);
    const { report } = await b.backend.runLocal((ctx) => importSyncBundle(ctx, signedWith(good)));
    expect(report.applied).toBe(good.length);
  });

  it('refuses, and leaves nothing of, a signed binary bundle with a malformed record, however far in', async () => {
    const a = device();
    const b = device(5);
    await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Before the bad record' });
    const { header, messages } = openBundle(Buffer.from((await exportAll(a)).base64, 'base64'));
    expect(header.format).toBe(2);
    const good = [...messages()].map(loggedOf);
    const { privateKey } = generateKeyPairSync('ed25519');
    const key = { privateKey, publicKey: publicKeyText(privateKey), deviceId: header.device };
    const signedWith = (bytes: Buffer, count: number) =>
      sealBundle({ ...header, overrides: [...header.overrides] }, { format: 2, bytes, count }, key);
    const last = good.at(-1)!;
    const { records, count } = packRecords(good);
    /** The good records and one more at their end, of a device named for the first time. */
    const withNewDevice = packRecords([
      ...good,
      { ...last, stamp: { millis: 0, counter: 0, node: 'new' }, device: 'new' },
    ]);
    // Its u32 length, stamp millisecond 0 and counter 0 (a byte each), then the new name's place.
    const newNameAt = records.length + 4 + 2;
    const unknownName = Buffer.from(withNewDevice.records);
    unknownName[newNameAt] = 0x7f;
    const longer = Buffer.from(records);
    const lastStart = (() => {
      let at = 0;
      for (let k = 0; k < count - 1; k += 1) at += 4 + records.readUInt32LE(at);
      return at;
    })();
    longer.writeUInt32LE(records.readUInt32LE(lastStart) + 1, lastStart);
    // Cells naming a column past the maker's list (LOG_COLUMNS, as the header says).
    const unknownColumn = packRecords([...good, { ...last, cells: Buffer.from([1, 0xff, 0x7f, 0]) }]);
    const before = businessSnapshot(b.backend);
    const logged = () => b.backend.db.sqlite.prepare('SELECT count(*) FROM change_msgs').pluck().get();
    const loggedBefore = logged();
    for (const bad of [
      signedWith(records.subarray(0, records.length - 2), count),
      signedWith(longer, count),
      signedWith(unknownName, count + 1),
      signedWith(unknownColumn.records, count + 1),
      signedWith(records, count + 1),
    ]) {
      await expect(
        b.backend.runLocal((ctx) => importSyncBundle(ctx, bad, { messagesPerStep: 1 })),
      ).rejects.toMatchObject({ reason: 'damaged' });
    }
    expect(businessSnapshot(b.backend)).toEqual(before);
    expect(logged()).toBe(loggedBefore);
    // The same records, whole, are imported; one naming a column this version lacks is parked as a plain message.
    const future = { ...last, stamp: { ...last.stamp, counter: last.stamp.counter + 1 } };
    future.cells = packCells({ ...unpackCells(last.cells), future_column: 'later' });
    const parked = packRecords([...good, future]);
    const { report } = await b.backend.runLocal((ctx) => importSyncBundle(ctx, signedWith(parked.records, count + 1)));
    expect(report).toMatchObject({ applied: count, parked: 1 });
    const kept = b.backend.db.sqlite.prepare('SELECT message FROM sync_parked').pluck().get() as string;
    expect(Object.keys(JSON.parse(kept)).sort()).toEqual([
      'actor',
      'at',
      'cells',
      'device',
      'hlc',
      'rowId',
      'schema',
      'table',
    ]);
  });

  it('brings imported records into search, one entry each, and a person erased later in the same bundle out of it', async () => {
    const a = device();
    const b = device(5);
    const manager = await a.client.call('users.create', { name: 'Мария Руководитель', role: 'manager' });
    await a.client.call('settings.set', { 'user.currentId': manager.id });
    const kept = await a.client.call('contacts.create', { name: 'Quillon Vantablack', phone: '+7 913 111-22-33' });
    const { contact } = await a.client.call('contacts.create', { name: 'Zyxmarq Petrov', phone: '+7 913 579-24-68' });
    await a.client.call('activities.log', { type: 'note', contactId: contact.id, subject: 'Asked for a call' });
    await a.client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Quillon roof repair' });
    await a.client.call('contacts.erase', { id: contact.id });
    const file = Buffer.from((await exportAll(a)).base64, 'base64');
    // One message a step: the erase comes steps after the person's rows were merged.
    await b.backend.runLocal((ctx) => importSyncBundle(ctx, file, { messagesPerStep: 1 }));
    const hits = async (query: string) =>
      (await b.client.call('search.everywhere', { query })).hits.map((hit) => hit.id).sort();
    expect(await hits('Quillon')).toHaveLength(2);
    expect(await hits('Vantablack')).toEqual([kept.contact.id]);
    expect(await hits('Zyxmarq')).toEqual([]);
    expect(await hits('Asked')).toHaveLength(1);
    const entries = b.backend.db.sqlite
      .prepare('SELECT record_id, count(*) AS n FROM search_docs GROUP BY record_id HAVING n > 1')
      .all();
    expect(entries).toEqual([]);
  });
});
