import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { addMember, createHubDatabase, hubSkipReason, useTestPostgres } from './hubTestKit';

const server = useTestPostgres();
const clients: pg.Client[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.end().catch(() => {});
});

const connect = async (url: string, password: string) => {
  const parsed = new URL(url);
  const client = new pg.Client({
    host: parsed.hostname,
    port: Number(parsed.port),
    user: decodeURIComponent(parsed.username),
    password,
    database: parsed.pathname.slice(1),
  });
  client.on('error', () => {});
  await client.connect();
  clients.push(client);
  return client;
};

const push = (client: pg.Client, device: string, hlc: string) =>
  client.query(
    `INSERT INTO hub.messages (device, hlc, actor, at, tbl, row_id, cells, schema_version)
     VALUES ($1, $2, NULL, 0, 'lead_sources', $3, '{"name":"x"}', 1) ON CONFLICT (device, hlc) DO NOTHING`,
    [device, hlc, `${device}-${hlc}`],
  );

describe.skipIf(hubSkipReason !== null)('hub sequence order', () => {
  it('pushes commit in sequence order: a puller never sees a later number while an earlier one is uncommitted', async () => {
    const hub = await createHubDatabase(server.current!);
    await addMember(hub, { login: 'anna', userId: 'ua', role: 'admin' });
    await addMember(hub, { login: 'boris', userId: 'ub', role: 'admin' });
    const anna = await connect(hub.url('anna'), 'anna-secret');
    const boris = await connect(hub.url('boris'), 'boris-secret');
    const reader = await connect(hub.url('anna'), 'anna-secret');
    await anna.query('BEGIN');
    await push(anna, 'dev-a', '2026-12-05T09:00:00.000Z-0000-a');
    const first = Number(
      (await anna.query("SELECT max(seq) AS seq FROM hub.messages WHERE device = 'dev-a'")).rows[0].seq,
    );
    // Boris's push waits for Anna's transaction instead of taking a later number and committing first.
    let borisDone = false;
    const borisPush = push(boris, 'dev-b', '2026-12-05T09:00:01.000Z-0000-b').then(() => {
      borisDone = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(borisDone).toBe(false);
    const head = Number((await reader.query('SELECT hub.head() AS head')).rows[0].head);
    expect(head).toBeLessThan(first);
    await anna.query('COMMIT');
    await borisPush;
    const seqs = (await reader.query('SELECT seq, device FROM hub.messages ORDER BY seq')).rows.map((row) => [
      Number(row.seq),
      row.device,
    ]);
    expect(seqs.map(([, device]) => device)).toEqual(['dev-a', 'dev-b']);
    expect(seqs[0]![0]).toBe(first);
  });
});
