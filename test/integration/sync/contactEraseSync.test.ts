import type { Client } from '@shared/contract/createClient';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { erasedContactsIn } from '../../../src-main/core/privacy/erasedContactsIn';
import { readMessagesMissing } from '../../../src-main/core/sync/changeLogStore';
import { receiveSyncMessages } from '../../../src-main/core/sync/receiveSyncMessages';
import { businessSnapshot, syncTo } from '../../helpers/syncPeers';
import {
  clientFor,
  createTempBackend,
  createTestClock,
  type TempBackend,
  type TestClock,
} from '../../helpers/tempBackend';

const MARK = 'zyxmarq';
const PHONE_DIGITS = '9135792468';

type Device = { backend: TempBackend; client: Client; clock: TestClock };

const backends: TempBackend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.dispose();
});

const START = Date.UTC(2026, 10, 23, 9, 0, 0);

const device = (offset: number): Device => {
  const clock = createTestClock(START + offset);
  const backend = createTempBackend({ clock });
  backends.push(backend);
  return { backend, client: clientFor(backend), clock };
};

const tracesIn = (backend: TempBackend): string[] => {
  const text = [backend.dbPath, `${backend.dbPath}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1').toLowerCase())
    .join('\n');
  return [MARK, PHONE_DIGITS].filter((trace) => text.includes(trace));
};

const logMentions = (backend: TempBackend): number =>
  backend.db.sqlite.prepare('SELECT count(*) FROM change_log WHERE value LIKE ?').pluck().get(`%${MARK}%`) as number;

/**
 * Two devices share a person (with a custom value and an activity naming them). A erases them;
 * B, not having heard of it yet, edits them a few minutes later by its clock: its messages sort
 * after the erase, so plain last-writer-wins would bring the data back.
 */
const setUp = async () => {
  const a = device(0);
  const b = device(5 * 60_000);
  const manager = await a.client.call('users.create', { name: 'Мария Руководитель', role: 'manager' });
  await a.client.call('settings.set', { 'user.currentId': manager.id });
  const field = await a.client.call('customFields.create', {
    entity: 'contact',
    nameRu: 'Паспорт',
    nameEn: 'Passport',
    type: 'text',
  });
  const { contact } = await a.client.call('contacts.create', {
    name: 'Zyxmarq Petrov',
    email: 'zyxmarq@example.com',
    phone: '+7 913 579-24-68',
  });
  await a.client.call('customFields.setValues', {
    entity: 'contact',
    recordId: contact.id,
    values: { [field.id]: `${MARK} 4510` },
  });
  await a.client.call('activities.log', {
    type: 'note',
    contactId: contact.id,
    subject: 'Zyxmarq Petrov asked for a call',
  });
  await syncTo(a.backend, b.backend);
  await syncTo(b.backend, a.backend);
  await b.client.call('settings.set', { 'user.currentId': manager.id });
  expect(logMentions(b.backend)).toBeGreaterThan(0);

  a.clock.advance(1000);
  await a.client.call('contacts.erase', { id: contact.id });
  b.clock.advance(2000);
  await b.client.call('contacts.update', {
    id: contact.id,
    patch: { name: 'Zyxmarq Stale', email: 'zyxmarq.new@example.com', notes: `${MARK} moved` },
  });
  await b.client.call('customFields.setValues', {
    entity: 'contact',
    recordId: contact.id,
    values: { [field.id]: `${MARK} 9999` },
  });
  return { a, b, contact, field };
};

const expectErasedEverywhere = async (devices: Device[], contactId: string, fieldId: string) => {
  for (const { backend, client } of devices) {
    expect(await client.call('contacts.get', { id: contactId })).toMatchObject({
      name: '—',
      email: null,
      phone: null,
      notes: null,
      erasedAt: expect.any(Number),
    });
    expect(await client.call('customFields.values', { entity: 'contact', recordId: contactId })).toEqual({});
    expect(fieldId).toBeTruthy();
    expect(logMentions(backend)).toBe(0);
    expect((await client.call('search.everywhere', { query: 'Zyxmarq' })).hits).toEqual([]);
    expect(tracesIn(backend)).toEqual([]);
  }
  const [first, second] = devices;
  if (first && second) expect(businessSnapshot(first.backend)).toEqual(businessSnapshot(second.backend));
};

describe('an erase through sync', () => {
  it('reaches the peer, which scrubs its history, and a stale edit arriving later does not resurrect the data', async () => {
    const { a, b, contact, field } = await setUp();
    // The stale edit reaches A after the erase; then A's erase reaches B.
    const atA = await syncTo(b.backend, a.backend);
    await syncTo(a.backend, b.backend);
    await expectErasedEverywhere([a, b], contact.id, field.id);
    expect(atA.erased).toBe(1);
    const note = b.backend.db.sqlite
      .prepare('SELECT subject FROM activities WHERE contact_id = ?')
      .pluck()
      .get(contact.id);
    expect(note).toBe('— asked for a call');
  });

  it('converges the same way when the erase reaches the peer first', async () => {
    const { a, b, contact, field } = await setUp();
    const atB = await syncTo(a.backend, b.backend);
    await syncTo(b.backend, a.backend);
    await expectErasedEverywhere([a, b], contact.id, field.id);
    expect(atB.erased).toBe(1);
    // And a third device that only hears of it all now gets the scrubbed messages only.
    const c = device(0);
    await syncTo(b.backend, c.backend);
    await expectErasedEverywhere([b, c], contact.id, field.id);
  });

  it('scrubs on a device that logged the erase earlier while the row waited for its insert', async () => {
    const { a, contact, field } = await setUp();
    const messages = [...readMessagesMissing(a.backend.db)];
    const isErase = (message: (typeof messages)[number]) =>
      message.table === 'contacts' && message.rowId === contact.id && typeof message.cells.erased_at === 'number';
    const c = device(0);
    // The erase alone: the row has no insert here yet, so it waits, its erase logged.
    const first = await c.backend.runLocal(async (ctx) => receiveSyncMessages(ctx, messages.filter(isErase)));
    expect(first).toMatchObject({ applied: 1, pending: 1, erased: 1 });
    // The person's insert, custom value and activity come in a later batch: the logged erase is found.
    const second = await c.backend.runLocal(async (ctx) =>
      receiveSyncMessages(
        ctx,
        messages.filter((message) => !isErase(message)),
      ),
    );
    expect(second).toMatchObject({ erased: 1, pending: 0 });
    await expectErasedEverywhere([a, c], contact.id, field.id);
  });

  it('reads a person found here once for a transaction’s batches, and still finds their erase in a later one', async () => {
    const { a, b, contact } = await setUp();
    const fromA = [...readMessagesMissing(a.backend.db)];
    const note = fromA.find((message) => message.table === 'activities' && message.cells.contact_id === contact.id)!;
    const erase = fromA.find((message) => message.table === 'contacts' && typeof message.cells.erased_at === 'number')!;
    const db = b.backend.db;
    const loggedThrough = db.sqlite.prepare('SELECT max(seq) FROM change_msgs').pluck().get() as number;
    const settled = new Set<string>();
    // B holds the person, not erased and not waiting: settled, and remembered.
    expect(erasedContactsIn(db, [note], loggedThrough, settled)).toEqual([]);
    expect([...settled]).toEqual([contact.id]);
    // Not read again: a row changed behind the memo's back (no write runs beside an import) is not seen...
    db.sqlite.prepare('UPDATE contacts SET erased_at = 1 WHERE id = ?').run(contact.id);
    expect(erasedContactsIn(db, [note], loggedThrough, settled)).toEqual([]);
    expect(erasedContactsIn(db, [note], loggedThrough)).toEqual([contact.id]);
    // ...while an erase among a later batch's own messages is found, and the person is no longer settled.
    db.sqlite.prepare('UPDATE contacts SET erased_at = NULL WHERE id = ?').run(contact.id);
    expect(erasedContactsIn(db, [erase, note], loggedThrough, settled)).toEqual([contact.id]);
    expect(settled.has(contact.id)).toBe(false);
  });
});
