import type { Client } from '@shared/contract/createClient';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { importSyncBundle } from '../../../src-main/core/sync/bundle/importSyncBundle';
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
});
