import { afterEach, describe, expect, it } from 'vitest';
import { businessSnapshot, syncBoth } from '../../helpers/syncPeers';
import { createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { importFile, undo } from './importFile';

let peers: TempBackend[] = [];
afterEach(() => {
  for (const peer of peers) peer.dispose();
  peers = [];
});

const liveCompanies = (peer: TempBackend) =>
  peer.db.sqlite.prepare('SELECT count(*) FROM companies WHERE deleted_at IS NULL').pluck().get() as number;

describe('an import and sync', () => {
  it("every imported row reaches a peer, in batches of the change log and the journal's and after its undo", async () => {
    const [a, b] = (peers = [createTempBackend(), createTempBackend()]);
    if (!a || !b) throw new Error('two peers');
    await syncBoth(a, b);
    // 203 rows: the messages (32 to a statement), the journal (64) and the search (64) each end on a partial batch.
    const rows = Array.from({ length: 203 }, (_, i) => `Компания ${i};+7 916 ${String(1_000_000 + i).slice(1)};Москва`);
    const summary = await importFile(
      a,
      new TextEncoder().encode(['Название;Телефон;Регион', ...rows].join('\n')),
      { entity: 'companies', columns: { name: 'Название', phone: 'Телефон', region: 'Регион' } },
    );
    expect(summary.created).toBe(203);
    // One message per row, each with its cells, stamps rising with seq.
    const messages = a.db.sqlite
      .prepare("SELECT row_id FROM change_log WHERE tbl = 'companies' AND col = 'name'")
      .pluck()
      .all() as string[];
    expect(new Set(messages).size).toBe(203);
    const order = a.db.sqlite
      .prepare("SELECT ms, ctr FROM change_msgs WHERE tbl = (SELECT id FROM change_names WHERE name = 'companies') ORDER BY seq")
      .all() as { ms: number; ctr: number }[];
    expect(order).toHaveLength(203);
    for (let at = 1; at < order.length; at += 1) {
      const [before, after] = [order[at - 1], order[at]];
      if (!before || !after) continue;
      expect(after.ms > before.ms || (after.ms === before.ms && after.ctr > before.ctr)).toBe(true);
    }
    await syncBoth(a, b);
    expect(liveCompanies(b)).toBe(203);
    expect(businessSnapshot(b)).toEqual(businessSnapshot(a));
    // The journal holds every row: the undo takes them all, on the peer too.
    const importId = summary.importId;
    if (importId === null) throw new Error('an import id');
    await undo(a, importId);
    expect(liveCompanies(a)).toBe(0);
    await syncBoth(a, b);
    expect(liveCompanies(b)).toBe(0);
    expect(businessSnapshot(b)).toEqual(businessSnapshot(a));
  });
});
