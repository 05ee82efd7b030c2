import type { Client } from '@shared/contract/createClient';
import { ACTIVITY_TYPES, type ActivitiesListInput } from '@shared/contract/schemas/activities';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { syncTo } from '../../helpers/syncPeers';

const USERS = ['00000000-0000-7000-8000-0000000000a1', '00000000-0000-7000-8000-0000000000b2'] as const;
const TYPES = ['call', 'email', 'note'] as const;

type Device = { backend: TempBackend; client: Client };

const devices: TempBackend[] = [];
afterEach(() => {
  for (const backend of devices.splice(0)) backend.dispose();
});

/** A device with the same two reps as its peer (inserted by hand, so the same ids on both). */
const device = async (offset: number): Promise<Device> => {
  const clock = createTestClock(Date.UTC(2026, 10, 23, 9) + offset);
  const backend = createTempBackend({ clock });
  devices.push(backend);
  for (const id of USERS) {
    backend.db.sqlite
      .prepare("INSERT INTO users (id, name, role, active, created_at, updated_at) VALUES (?, ?, 'rep', 1, 0, 0)")
      .run(id, id.slice(-2));
  }
  const client = clientFor(backend);
  await client.call('settings.set', { 'user.currentId': USERS[0] });
  return { backend, client };
};

const owner = fc.constantFrom(null, ...USERS);
const type = fc.constantFrom(...TYPES);
const op = fc.oneof(
  fc.record({ kind: fc.constant('log' as const), on: fc.nat(1), type, ownerId: owner }),
  fc.record({ kind: fc.constant('plan' as const), on: fc.nat(1), ownerId: owner }),
  fc.record({
    kind: fc.constant('update' as const),
    on: fc.nat(1),
    row: fc.nat(),
    patch: fc.oneof(
      fc.record({ ownerId: owner }),
      fc.record({ type }),
      fc.record({ type, ownerId: owner }),
      fc.record({ doneAt: fc.constantFrom(null, 1_000) }),
    ),
  }),
  fc.record({
    kind: fc.constantFrom('delete' as const, 'restore' as const, 'complete' as const, 'reopen' as const),
    on: fc.nat(1),
    row: fc.nat(),
  }),
  fc.record({ kind: fc.constant('sync' as const), on: fc.nat(1) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Any activity of the device (live or not), by position, so ops can reach rows from the peer. */
const pickRow = (d: Device, row: number): string | undefined => {
  const ids = d.backend.db.sqlite.prepare('SELECT id FROM activities ORDER BY id').pluck().all() as string[];
  return ids.length ? ids[row % ids.length] : undefined;
};

/** Runs one op; a call the rules refuse (restoring a live row, completing a done one) is fine. */
const run = async (pair: Device[], o: Op): Promise<void> => {
  const d = pair[o.on]!;
  if (o.kind === 'sync') {
    await syncTo(pair[1 - o.on]!.backend, d.backend);
    return;
  }
  if (o.kind === 'log') {
    await d.backend.dispatch('activities.log', { type: o.type, ownerId: o.ownerId });
    return;
  }
  if (o.kind === 'plan') {
    await d.backend.dispatch('activities.plan', { subject: 'Задача', dueAt: 2_000, ownerId: o.ownerId });
    return;
  }
  const id = pickRow(d, o.row);
  if (!id) return;
  if (o.kind === 'update') await d.backend.dispatch('activities.update', { id, patch: o.patch });
  else await d.backend.dispatch(`activities.${o.kind}`, { id });
};

const FILTERS: Pick<ActivitiesListInput, 'types' | 'ownerId'>[] = [
  {},
  { ownerId: USERS[0] },
  { ownerId: USERS[1] },
  { types: ['call'] },
  { types: ['email', 'note'] },
  { types: ['call', 'note'], ownerId: USERS[1] },
  { types: ['task'] },
];

/** The list's total against a plain count of the rows it shows, for each owner/type filter. */
const expectExactTotals = async (d: Device): Promise<void> => {
  for (const filter of FILTERS) {
    const { total } = await d.client.call('activities.list', { ...filter, limit: 1 });
    const types = filter.types ?? ACTIVITY_TYPES;
    const ownerId = filter.ownerId ?? null;
    const expected = d.backend.db.sqlite
      .prepare(
        `SELECT count(*) FROM activities WHERE done_at IS NOT NULL AND deleted_at IS NULL
           AND type IN (SELECT value FROM json_each(?)) AND (? IS NULL OR owner_id = ?)`,
      )
      .pluck()
      .get(JSON.stringify(types), ownerId, ownerId);
    expect(total, JSON.stringify(filter)).toBe(expected);
  }
};

describe('activities.list total', () => {
  it('equals a count of the listed rows through creates, edits, deletes, restores and sync merges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), async (ops) => {
        for (const backend of devices.splice(0)) backend.dispose();
        const pair = [await device(0), await device(7)];
        for (const o of ops) {
          await run(pair, o);
          await expectExactTotals(pair[o.on]!);
        }
        // Converged, each device's counts still match its rows.
        await syncTo(pair[0]!.backend, pair[1]!.backend);
        await syncTo(pair[1]!.backend, pair[0]!.backend);
        for (const d of pair) await expectExactTotals(d);
        const totals = await Promise.all(pair.map(async (d) => (await d.client.call('activities.list', {})).total));
        expect(totals[0]).toBe(totals[1]);
      }),
      { numRuns: 25 },
    );
    // Two backends per run: longer than one test's usual budget on a busy 2-core machine.
  }, 60_000);
});
