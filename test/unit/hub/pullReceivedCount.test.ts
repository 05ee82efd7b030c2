import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import type pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { readHubCursor } from '../../../src-main/core/hub/hubCursor';
import { type HubIdentity, type PullProgress, pullFromHub } from '../../../src-main/core/hub/pullFromHub';
import { readDeviceMessagesAfter } from '../../../src-main/core/sync/changeLogStore';
import type { SyncMessage } from '../../../src-main/core/sync/SyncMessage';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';

const backends: TempBackend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.dispose();
});

const backend = (): TempBackend => {
  const created = createTempBackend();
  backends.push(created);
  return created;
};

type HubRow = {
  seq: string;
  device: string;
  hlc: string;
  actor: string | null;
  at: string | null;
  tbl: string;
  row_id: string;
  cells: string;
  schema_version: number;
};

/**
 * A hub that answers the pull's queries from a list of messages (sequence numbers 1…n), as
 * PostgreSQL would for an admin (no row filtered out): no server needed to count what arrives.
 */
const fakeHub = (messages: SyncMessage[]): pg.Client => {
  const rows: HubRow[] = messages.map((message, index) => ({
    seq: String(index + 1),
    device: message.device,
    hlc: message.hlc,
    actor: message.actor,
    at: message.at === null ? null : String(message.at),
    tbl: message.table,
    row_id: message.rowId,
    cells: JSON.stringify(message.cells),
    schema_version: message.schema,
  }));
  const query = async (sql: string, params: unknown[] = []) => {
    if (sql.includes('hub.head()')) return { rows: [{ head: String(rows.length) }] };
    if (sql.includes('WHERE m.seq > $1 AND m.seq <= $2')) {
      const [after, head, device, limit] = params as [number, number, string, number];
      const page = rows.filter((row) => Number(row.seq) > after && Number(row.seq) <= head && row.device !== device);
      return { rows: page.slice(0, limit) };
    }
    // hub.rescoped, hub.unscoped, hub.note_pull: nothing moved, nothing to say.
    return { rows: [] };
  };
  return { query } as unknown as pg.Client;
};

const ADMIN: HubIdentity = {
  hubId: 'hub-1',
  schemaVersion: 3,
  login: 'anna',
  userId: null,
  role: 'admin',
  team: null,
  accessSeq: 0,
};

/** Another device's history: deals with their companies, a few hundred messages. */
const historyOfAnotherDevice = async (): Promise<SyncMessage[]> => {
  const source = backend();
  const client = clientFor(source);
  for (let index = 0; index < 12; index += 1) {
    const { company } = await client.call('companies.create', { name: `Клиент ${index}` });
    await client.call('deals.create', {
      title: `Сделка ${index}`,
      pipelineId: DEFAULT_PIPELINE.id,
      companyId: company.id,
    });
  }
  const device = source.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
  return [...readDeviceMessagesAfter(source.db, device, null)];
};

describe('the pull’s received count', () => {
  it('goes on across a first sync stopped and resumed', async () => {
    const messages = await historyOfAnotherDevice();
    expect(messages.length).toBeGreaterThan(40);
    const hub = fakeHub(messages);
    const device = backend();
    const pageSize = 10;

    // The first run stops after three pages (the user pressed Stop).
    const first: PullProgress[] = [];
    const stop = new AbortController();
    await expect(
      device.runLocal((ctx) =>
        pullFromHub(ctx, hub, ADMIN, {
          pageSize,
          signal: stop.signal,
          onProgress: (progress) => {
            first.push(progress);
            if (first.length === 4) stop.abort();
          },
        }),
      ),
    ).rejects.toThrow();
    expect(first.at(-1)).toEqual({ done: 3 * pageSize, total: messages.length, received: 3 * pageSize });
    expect(readHubCursor(device.db, ADMIN.hubId)).toMatchObject({ pullSeq: 3 * pageSize, pullReceived: 3 * pageSize });

    // Resumed: the count goes on from 30 (not from zero), as the bar goes on from its share.
    const resumed: PullProgress[] = [];
    const report = await device.runLocal((ctx) =>
      pullFromHub(ctx, hub, ADMIN, { pageSize, onProgress: (progress) => resumed.push(progress) }),
    );
    expect(resumed[0]).toEqual({ done: 3 * pageSize, total: messages.length, received: 3 * pageSize });
    expect(resumed.at(-1)).toEqual({ done: messages.length, total: messages.length, received: messages.length });
    // The run's own report counts what this run received.
    expect(report.received).toBe(messages.length - 3 * pageSize);
  });

  it('a sync after the first one counts what is new from zero', async () => {
    const messages = await historyOfAnotherDevice();
    const device = backend();
    const firstPart = messages.slice(0, 20);
    await device.runLocal(async (ctx) => {
      await pullFromHub(ctx, fakeHub(firstPart), ADMIN, { pageSize: 10 });
      // What syncOverClient does when a whole sync is done.
      ctx.write((_writer, now) => {
        ctx.db.sqlite.prepare('UPDATE sync_hub_cursor SET last_sync_at = ? WHERE hub_id = ?').run(now, ADMIN.hubId);
      });
    });
    const later: PullProgress[] = [];
    await device.runLocal((ctx) =>
      pullFromHub(ctx, fakeHub(messages), ADMIN, { pageSize: 10, onProgress: (progress) => later.push(progress) }),
    );
    expect(later[0]).toEqual({ done: 0, total: messages.length - 20, received: 0 });
    expect(later.at(-1)).toEqual({
      done: messages.length - 20,
      total: messages.length - 20,
      received: messages.length - 20,
    });
  });
});
