import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { exportSyncBundle } from '../../../src-main/core/sync/bundle/exportSyncBundle';
import { importSyncBundle } from '../../../src-main/core/sync/bundle/importSyncBundle';
import { syncBoth, syncTo } from '../../helpers/syncPeers';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { importFile } from '../import/importFile';
import { controlPointIds, STAGE } from '../core/dealsTestKit';

const START = Date.UTC(2026, 10, 23, 9, 0, 0);

const opened: TempBackend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.dispose();
});

const device = (offset = 0): TempBackend => {
  const backend = createTempBackend({ clock: createTestClock(START + offset) });
  opened.push(backend);
  return backend;
};

const reviews = (backend: TempBackend) =>
  backend.db.sqlite.prepare("SELECT row_id FROM sync_reviews WHERE tbl = 'deals' ORDER BY row_id").pluck().all();

/**
 * A rep's spreadsheet of closed and late-stage deals, imported: an import writes the file's
 * stages and outcomes without the control points (nobody ticked them), so each deal stands past
 * gates with their items unticked, as the importing device keeps it.
 */
const importPastGates = async (rep: TempBackend): Promise<string[]> => {
  const csv = 'Сделка;Этап\nЗавод «Север»;Успешно\nТоргдом «Юг»;Переговоры\n';
  const summary = await importFile(rep, Buffer.from(csv), {
    entity: 'deals',
    columns: { title: 'Сделка', stage: 'Этап' },
    values: { stage: { Успешно: { stage: 'contract', status: 'won' }, Переговоры: 'negotiation' } },
  });
  expect(summary).toMatchObject({ created: 2 });
  const ids = rep.db.sqlite.prepare('SELECT id FROM deals ORDER BY id').pluck().all() as string[];
  expect(reviews(rep)).toEqual([]);
  return ids;
};

/** A deal at qualification with every item of its gate ticked: it may move on. */
const qualifiedDeal = async (backend: TempBackend, title: string) => {
  const client = clientFor(backend);
  const created = await client.call('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title,
    stageId: STAGE.qualification,
  });
  for (const id of controlPointIds('qualification'))
    await client.call('deals.check', { dealId: created.id, controlPointId: id, checked: true });
  return created;
};

describe('the gate review of merged deals', () => {
  it("takes a deal that arrives whole from a peer as the peer's, and flags none of a rep's import on the manager's laptop", async () => {
    const rep = device();
    const manager = device(7);
    await syncBoth(rep, manager);
    const [won] = await importPastGates(rep);
    await syncTo(rep, manager);
    expect(manager.db.sqlite.prepare('SELECT count(*) FROM deals').pluck().get()).toBe(2);
    expect(reviews(manager)).toEqual([]);
    // An edit that leaves the deal where it stood (its title) is no new state to review either.
    await clientFor(rep).call('deals.update', { id: won ?? '', patch: { title: 'Завод «Север-2»' } });
    await syncTo(rep, manager);
    expect(reviews(manager)).toEqual([]);
  });

  it('flags none of them when they come in a bundle, their later changes in later steps of it', async () => {
    const rep = device();
    const [won] = await importPastGates(rep);
    await clientFor(rep).call('deals.update', { id: won ?? '', patch: { title: 'Завод «Север-2»' } });
    const { bytes } = exportSyncBundle(rep.db, { kind: 'all' }, START + 60_000);
    const manager = device(7);
    await manager.runLocal((ctx) => importSyncBundle(ctx, bytes, { messagesPerStep: 1 }));
    expect(manager.db.sqlite.prepare('SELECT title FROM deals WHERE id = ?').pluck().get(won)).toBe('Завод «Север-2»');
    expect(reviews(manager)).toEqual([]);
  });

  it('still flags a deal this device held that a merge moves past a gate unticked here', async () => {
    const a = device();
    const b = device(7);
    const client = clientFor(a);
    const created = await qualifiedDeal(a, 'Gate');
    await syncBoth(a, b);
    await client.call('deals.move', { id: created.id, toStageId: STAGE.proposal });
    const [item] = controlPointIds('qualification');
    await clientFor(b).call('deals.check', { dealId: created.id, controlPointId: item ?? '', checked: false });
    await syncBoth(a, b);
    expect(reviews(a)).toEqual([created.id]);
    expect(reviews(b)).toEqual([created.id]);
  });

  it("flags a deal held here that a bundle's steps leave past a gate unticked", async () => {
    const a = device();
    const b = device(7);
    const client = clientFor(a);
    const created = await qualifiedDeal(a, 'Gate in a bundle');
    await syncBoth(a, b);
    // A third device holds the deal at qualification, ticked, and takes both changes below a message a step.
    const c = device(11);
    await syncBoth(a, c);
    await client.call('deals.move', { id: created.id, toStageId: STAGE.proposal });
    const [item] = controlPointIds('qualification');
    await clientFor(b).call('deals.check', { dealId: created.id, controlPointId: item ?? '', checked: false });
    await syncTo(b, a);
    const { bytes } = exportSyncBundle(a.db, { kind: 'all' }, START + 60_000);
    const { report } = await c.runLocal((ctx) => importSyncBundle(ctx, bytes, { messagesPerStep: 1 }));
    expect(report.flagged).toBe(1);
    expect(reviews(c)).toEqual([created.id]);
  });
});
