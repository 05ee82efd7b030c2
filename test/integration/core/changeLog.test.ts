import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { parseHlc } from '@shared/domain/hlc';
import { afterEach, describe, expect, it } from 'vitest';
import { createChangeWriter } from '../../../src-main/core/changes/ChangeWriter';
import { createHlcClock } from '../../../src-main/core/changes/HlcClock';
import { transaction } from '../../../src-main/core/db/sql';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

type LogRow = { hlc: string; device_id: string; tbl: string; row_id: string; col: string; value: string | null };

const logFor = (backend: TempBackend, rowId: string): LogRow[] =>
  backend.db.sqlite.prepare('SELECT * FROM change_log WHERE row_id = ? ORDER BY hlc').all(rowId) as LogRow[];

let backend: TempBackend;
afterEach(() => backend?.dispose());

describe('change log write path', () => {
  it('logs every column of a created deal once, all in one message under one stamp', async () => {
    backend = createTempBackend();
    const deal = await clientFor(backend).call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Лицензии' });
    const log = logFor(backend, deal.id);
    // Columns the app never set at creation (BANT, ICP fit) keep their SQL default and need no message;
    // the title key is derived from the title by the write path and never logged.
    const unsetAtCreation = [
      'bant_budget',
      'bant_authority',
      'bant_need',
      'bant_timing',
      'bant_score',
      'bant_budget_minor',
      'bant_budget_confirmed',
      'bant_authority_contact_id',
      'bant_authority_role',
      'bant_need_pain',
      'bant_need_category',
      'bant_timing_date',
      'bant_timing_quarter',
      'qualified_at',
      'icp_fit',
    ];
    expect(backend.db.sqlite.prepare('SELECT title_key FROM deals WHERE id = ?').pluck().get(deal.id)).toBe('лицензии');
    unsetAtCreation.push('title_key');
    const columns = (backend.db.sqlite.prepare('PRAGMA table_info(deals)').all() as { name: string }[])
      .map((column) => column.name)
      .filter((name) => name !== 'id' && name !== 'updated_at' && !unsetAtCreation.includes(name));
    expect(log.map((row) => row.col).sort()).toEqual(columns.sort());
    expect(log.find((row) => row.col === 'title')?.value).toBe('"Лицензии"');
    expect(new Set(log.map((row) => row.hlc)).size).toBe(1);
    expect(backend.db.sqlite.prepare('SELECT count(*) FROM change_msgs WHERE row_id = ?').pluck().get(deal.id)).toBe(1);
  });

  it('appends one message per changed column on update, none for unchanged ones', async () => {
    const clock = createTestClock();
    backend = createTempBackend({ clock });
    const client = clientFor(backend);
    const deal = await client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Old', valueMinor: 100 });
    const before = logFor(backend, deal.id).length;
    clock.advance(1000);
    await client.call('deals.update', { id: deal.id, patch: { title: 'New', valueMinor: 100, notes: 'call back' } });
    const added = logFor(backend, deal.id).slice(before);
    expect(added.map((row) => [row.col, row.value])).toEqual([
      ['title', '"New"'],
      ['notes', '"call back"'],
    ]);
    const lastCreateStamp = logFor(backend, deal.id)[before - 1]?.hlc ?? '';
    for (const row of added) expect(row.hlc > lastCreateStamp).toBe(true);
  });

  it('writes nothing and emits nothing when an update changes no value', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const deal = await client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Same' });
    const before = logFor(backend, deal.id).length;
    backend.received.length = 0;
    const updated = await client.call('deals.update', { id: deal.id, patch: { title: 'Same' } });
    expect(logFor(backend, deal.id)).toHaveLength(before);
    expect(updated.updatedAt).toBe(deal.updatedAt);
  });

  it('keeps HLCs increasing when the wall clock goes backwards', async () => {
    const clock = createTestClock();
    backend = createTempBackend({ clock });
    const client = clientFor(backend);
    const deal = await client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'A' });
    clock.advance(-60_000);
    await client.call('deals.update', { id: deal.id, patch: { title: 'B' } });
    const stamps = logFor(backend, deal.id).map((row) => row.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    const last = parseHlc(stamps.at(-1) ?? '');
    expect(last.node).toBe(backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get());
  });

  it('rolls back row and log together when a mutation fails midway', () => {
    backend = createTempBackend();
    const { db } = backend;
    const countLog = () => db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get();
    const countDeals = () => db.sqlite.prepare('SELECT count(*) FROM deals').pluck().get();
    const logBefore = countLog();
    const hlc = createHlcClock('testdevice000001', { now: () => Date.now() }, null);
    const writer = createChangeWriter({ db, hlc, actorId: null, now: Date.now() });
    expect(() =>
      transaction(db, () => {
        writer.insert('deals', {
          id: '01900000-0000-7000-8000-0000000000aa',
          title: 'Half',
          pipeline_id: DEFAULT_PIPELINE.id,
          stage_id: DEFAULT_STAGES[0]?.id ?? '',
          position: 'a0',
          currency: 'RUB',
          stage_entered_at: 1,
          created_at: 1,
          updated_at: 1,
        });
        // The second write breaks a constraint: the first must not survive.
        writer.insert('stage_transitions', {
          id: '01900000-0000-7000-8000-0000000000ab',
          deal_id: '01900000-0000-7000-8000-0000000000aa',
          to_stage_id: 'no-such-stage',
          to_status: 'open',
          at: 1,
        });
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(countDeals()).toBe(0);
    expect(countLog()).toBe(logBefore);
  });

  it('leaves neither row nor log when a dispatched mutation is refused', async () => {
    backend = createTempBackend();
    const countLog = () => backend.db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get();
    const before = countLog();
    const result = await backend.dispatch('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Orphan',
      contactId: '01900000-0000-7000-8000-000000000000',
    });
    expect(result.ok).toBe(false);
    expect(countLog()).toBe(before);
    expect(backend.db.sqlite.prepare('SELECT count(*) FROM deals').pluck().get()).toBe(0);
    expect(backend.received).toEqual([]);
  });
});
