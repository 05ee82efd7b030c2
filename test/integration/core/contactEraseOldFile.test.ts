import type { ContactSaved } from '@shared/contract/schemas/contacts';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { eraseContact } from '../../../src-main/core/modules/contacts/eraseContact';
import { createTempBackend, type TempBackend } from '../../helpers/tempBackend';

const MARK = 'qxjvmark';

const backends: TempBackend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.dispose();
});

const holdsMark = (backend: TempBackend): boolean =>
  [backend.dbPath, `${backend.dbPath}-wal`]
    .filter((path) => existsSync(path))
    .some((path) => readFileSync(path).toString('latin1').toLowerCase().includes(MARK));

/**
 * A file that lived before secure_delete was on: page splits and rewrites left old copies of the
 * person in free space that no row points to. m0040 marked it; the first erase rewrites it whole.
 */
const oldFile = async (marked: boolean): Promise<{ backend: TempBackend; id: string }> => {
  const backend = createTempBackend();
  backends.push(backend);
  backend.db.sqlite.pragma('secure_delete = OFF');
  const created = await backend.dispatch('contacts.create', { name: `Anna ${MARK}`, email: `${MARK}@example.com` });
  if (!created.ok) throw new Error('not created');
  const id = (created.value as ContactSaved).contact.id;
  for (let index = 0; index < 400; index += 1) {
    const filler = await backend.dispatch('contacts.create', { name: `Filler ${index} ${'x'.repeat(150)}` });
    if (!filler.ok) throw new Error('filler not created');
  }
  await backend.dispatch('contacts.update', { id, patch: { notes: `${MARK} ${'y'.repeat(3000)}` } });
  await backend.dispatch('contacts.update', { id, patch: { notes: 'short' } });
  backend.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  backend.db.sqlite.pragma('secure_delete = ON');
  if (!marked) backend.db.sqlite.prepare("DELETE FROM meta WHERE key = 'free_space_unscrubbed'").run();
  else
    backend.db.sqlite.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('free_space_unscrubbed', '1')").run();
  return { backend, id };
};

describe('the first erase on a file that lived without secure_delete', () => {
  it('rewrites the file once, so no old copy of the person survives in free space', async () => {
    const { backend, id } = await oldFile(true);
    await backend.runLocal(async (ctx) => eraseContact(ctx, id, { asOperator: true }));
    expect(holdsMark(backend)).toBe(false);
    expect(
      backend.db.sqlite.prepare("SELECT count(*) FROM meta WHERE key = 'free_space_unscrubbed'").pluck().get(),
    ).toBe(0);
  });

  it('needs that rewrite: without it an old copy stays in the free space (why m0040 marks such files)', async () => {
    const { backend, id } = await oldFile(false);
    await backend.runLocal(async (ctx) => eraseContact(ctx, id, { asOperator: true }));
    expect(
      backend.db.sqlite.prepare('SELECT count(*) FROM change_log WHERE value LIKE ?').pluck().get(`%${MARK}%`),
    ).toBe(0);
    expect(holdsMark(backend)).toBe(true);
  });
});
