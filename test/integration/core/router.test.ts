import { MAX_MINOR_UNITS } from '@shared/contract/schemas/common';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, expectOk, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

describe('router envelopes', () => {
  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    backend = createTempBackend();
    const result = await backend.dispatch('deals.explode', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: 'Unknown method: deals.explode', params: { method: 'deals.explode' } },
    });
  });

  it('does not treat inherited object keys as methods', async () => {
    backend = createTempBackend();
    const result = await backend.dispatch('toString', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('UNKNOWN_METHOD');
  });

  it('answers invalid input with BAD_INPUT and field issues', async () => {
    backend = createTempBackend();
    const result = await backend.dispatch('deals.create', { pipelineId: 'not-a-uuid', title: '', valueMinor: -5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_INPUT');
    const paths = result.error.issues?.map((issue) => issue.path).sort();
    expect(paths).toEqual(['pipelineId', 'title', 'valueMinor']);
  });

  it('refuses unknown fields instead of silently dropping them', async () => {
    backend = createTempBackend();
    const result = await backend.dispatch('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'X',
      hacked: true,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('BAD_INPUT');
  });

  it('returns domain errors with their own code', async () => {
    backend = createTempBackend();
    const result = await backend.dispatch('deals.get', { id: '01900000-0000-7000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', params: { entity: 'deal' } } });
  });

  it('turns a missing linked record into BAD_INPUT, not an internal error', async () => {
    backend = createTempBackend();
    // Links a service checks come back as field issues; this one (the current user, removed
    // outside the app) is only caught by the foreign key.
    const ghost = '00000000-0000-7000-8000-00000000dead';
    backend.db.sqlite
      .prepare("INSERT INTO users (id, name, role, created_at, updated_at) VALUES (?, 'Ghost', 'rep', 0, 0)")
      .run(ghost);
    await clientFor(backend).call('settings.set', { 'user.currentId': ghost });
    backend.db.sqlite.prepare('DELETE FROM users WHERE id = ?').run(ghost);
    const result = await backend.dispatch('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Orphan' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', params: { reason: 'missing_reference' } } });
  });

  it('emits data.changed with the invalidated tables after a mutation commits, never for a query', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    await client.call('deals.list', {});
    expect(backend.received).toEqual([]);
    await client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Серверы' });
    expect(backend.received).toHaveLength(1);
    const [event] = backend.received;
    expect(event?.type).toBe('data.changed');
    if (event?.type === 'data.changed')
      expect(event.tables.sort()).toEqual(['deal_checks', 'deals', 'stage_transitions']);
  });

  it('runs mutations one at a time in arrival order', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const titles = Array.from({ length: 20 }, (_, index) => `Deal ${String(index).padStart(2, '0')}`);
    await Promise.all(titles.map((title) => client.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title })));
    const { rows } = await client.call('deals.list', { sort: { field: 'createdAt', dir: 'asc' }, limit: 50 });
    expect(rows.map((row) => row.title)).toEqual(titles);
    // Appended in order, each card lands after the previous one in its column.
    const positions = rows.map((row) => row.position);
    expect([...positions].sort()).toEqual(positions);
  });

  it('reports app info', async () => {
    backend = createTempBackend();
    const info = expectOk(await backend.dispatch('app.info', {}));
    expect(info).toMatchObject({ schemaVersion: expect.any(Number), dbPath: backend.dbPath, platform: 'test' });
  });
});

describe('totals past 2^53 minor units (issue 17 #8)', () => {
  let big: TempBackend | undefined;
  afterEach(() => big?.dispose());

  it('refuses a value above the cap at the boundary, as a field issue', async () => {
    big = createTempBackend();
    const result = await big.dispatch('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: 'Too much',
      valueMinor: MAX_MINOR_UNITS + 1,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: 'valueMinor' }] } });
  });

  it('still answers the board when the column sum passes 2^53', async () => {
    big = createTempBackend();
    const client = clientFor(big);
    for (let index = 0; index < 1000; index += 1) {
      big.db.sqlite
        .prepare(
          `INSERT INTO deals (id, title, pipeline_id, stage_id, position, status, value_minor, currency, kind,
             stage_entered_at, created_at, updated_at) VALUES (?, 'Big', ?, ?, ?, 'open', ?, 'RUB', 'new', 0, 0, 0)`,
        )
        .run(
          uuidv7(),
          DEFAULT_PIPELINE.id,
          DEFAULT_STAGES[0]?.id,
          `a${String(index).padStart(4, '0')}`,
          MAX_MINOR_UNITS,
        );
    }
    const board = await client.call('deals.board', { pipelineId: DEFAULT_PIPELINE.id, limitPerStage: 1 });
    expect(board.totals.byCurrency).toMatchObject([{ currency: 'RUB', count: 1000, sumMinor: 1000 * MAX_MINOR_UNITS }]);
    expect(board.totals.count).toBe(1000);
  });

  it('reports a result that breaks the contract as INTERNAL, never as the caller\u2019s BAD_INPUT', async () => {
    big = createTempBackend();
    const id = (await clientFor(big).call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Bad' })).id;
    // Written behind the cap (an old file, a bug): the deal's value is no longer a safe integer.
    big.db.sqlite.prepare('UPDATE deals SET value_minor = ? WHERE id = ?').run(2n ** 60n, id);
    const result = await big.dispatch('deals.get', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
