import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { en } from '@shared/i18n/en';
import { ru } from '@shared/i18n/ru';
import { afterEach, describe, expect, it } from 'vitest';
import { hashBusinessData } from '../../fixtures/hashBusinessData';
import { clientFor, createTempBackend, expectOk, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

const pageCount = () => backend.db.sqlite.pragma('page_count', { simple: true }) as number;
const changeLogSize = () => backend.db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get() as number;
const createDeal = (index: number) =>
  backend.dispatch('deals.create', { title: `Deal ${index} ${'л'.repeat(180)}`, pipelineId: DEFAULT_PIPELINE.id });

describe('a full disk', () => {
  it('refuses the write with DISK_FULL, loses nothing, keeps serving, and resumes when space returns', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    // SQLite's own size cap stands in for a full disk: the write fails with SQLITE_FULL the same way.
    backend.db.sqlite.pragma(`max_page_count = ${pageCount() + 20}`);
    let created = 0;
    let refused: Awaited<ReturnType<typeof createDeal>> | null = null;
    let before = '';
    let logBefore = 0;
    for (let index = 0; index < 500 && refused === null; index += 1) {
      before = hashBusinessData(backend.db.sqlite);
      logBefore = changeLogSize();
      const result = await createDeal(index);
      if (result.ok) created += 1;
      else refused = result;
    }
    expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(created).toBeGreaterThan(0);
    // The refused write is rolled back whole: no deal, no change-log message, no half row.
    expect(hashBusinessData(backend.db.sqlite)).toBe(before);
    expect(changeLogSize()).toBe(logBefore);
    // The app keeps running: reads answer, and every deal written before the disk filled is there.
    const page = await client.call('deals.list', { limit: 500 });
    expect(page.total).toBe(created);
    expect(backend.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // A further write is refused the same way, not with a crash or a stuck queue.
    expect(await createDeal(1000)).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });

    // Space returns: the very same call now succeeds.
    backend.db.sqlite.pragma('max_page_count = 1073741823');
    expectOk(await createDeal(1000));
    expect((await client.call('deals.list', { limit: 500 })).total).toBe(created + 1);
  });

  it('says so in plain words in both languages', () => {
    expect(en.errors.DISK_FULL).toMatch(/disk is full/i);
    expect(ru.errors.DISK_FULL).toMatch(/места на диске/);
  });
});
