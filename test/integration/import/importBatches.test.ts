import { importMappingSchema } from '@shared/contract/schemas/imports';
import { formatPhone, normalizePhone } from '@shared/domain/normalizePhone';
import { afterEach, describe, expect, it } from 'vitest';
import { createChangeWriter } from '../../../src-main/core/changes/ChangeWriter';
import { createHlcClock } from '../../../src-main/core/changes/HlcClock';
import { transaction } from '../../../src-main/core/db/sql';
import { keyKindsOf } from '../../../src-main/core/modules/imports/createImportSession';
import { createKeyIndex } from '../../../src-main/core/modules/imports/createKeyIndex';
import { rebuildSearchIndex } from '../../../src-main/core/search/rebuildSearchIndex';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { importFile } from './importFile';

let backend: TempBackend;
afterEach(() => backend?.dispose());

const company = (id: string, name: string) => ({
  id,
  name,
  phone: '+7 916 123-45-67',
  created_at: 1,
  updated_at: 1,
  deleted_at: null,
});

/** Search entries (doc ids) of a record, as search reads them through search_docs and the FTS table. */
const entries = (backend: TempBackend, term: string): string[] =>
  backend.db.sqlite
    .prepare(
      `SELECT d.record_id FROM search_fts JOIN search_docs d ON d.doc = search_fts.rowid
       WHERE search_fts MATCH ? ORDER BY d.record_id`,
    )
    .pluck()
    .all(term) as string[];

describe('what an import batches', () => {
  it('the search index of a batching writer follows at each flush, once per record, updates replacing entries', () => {
    backend = createTempBackend();
    const { db } = backend;
    const writer = createChangeWriter({
      db,
      hlc: createHlcClock('testdevice000001', { now: () => Date.now() }, null),
      actorId: null,
      now: Date.now(),
    });
    const [a, b] = ['01900000-0000-7000-8000-0000000000a1', '01900000-0000-7000-8000-0000000000b2'];
    transaction(db, () => {
      writer.batchSearch();
      writer.insert('companies', company(a, 'Ромашка'));
      writer.update('companies', a, { name: 'Ромашка Плюс' });
      expect(entries(backend, 'ромашка')).toEqual([]);
      writer.flushSearch();
      expect(entries(backend, 'плюс')).toEqual([a]);
      // A record inserted in an earlier batch and changed in this one: its entry is replaced, not doubled.
      writer.insert('companies', company(b, 'Василёк'));
      writer.update('companies', a, { name: 'Лютик' });
      writer.flushSearch();
      expect(entries(backend, 'ромашка')).toEqual([]);
      expect(entries(backend, 'лютик')).toEqual([a]);
      expect(entries(backend, 'василек')).toEqual([b]);
    });
    expect(db.sqlite.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(2);
  });

  it("an import's new records get the entries a rebuild of the index gives them, custom text and phones too", async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const comment = await client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Комментарий',
      nameEn: 'Comment',
      type: 'text',
    });
    const extraPhone = await client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Доп. телефон',
      nameEn: 'Extra phone',
      type: 'phone',
    });
    // More rows than a batch (64): entries are written at several flushes.
    const rows = Array.from(
      { length: 150 },
      (_, i) => `Компания ${i};${i % 2 === 0 ? `заметка${i}` : ''};+7 495 ${String(1_000_000 + i).slice(1, 4)}-${String(1_000_000 + i).slice(4)}`,
    );
    const summary = await importFile(
      backend,
      new TextEncoder().encode(['Название;Комментарий;Телефон доп', ...rows].join('\n')),
      {
        entity: 'companies',
        columns: { name: 'Название', [`cf:${comment.id}`]: 'Комментарий', [`cf:${extraPhone.id}`]: 'Телефон доп' },
      },
    );
    expect(summary.created).toBe(150);
    // A trailing * is a prefix search.
    const terms = ['заметка4', 'заметка148', 'заметка7', 'компания', '4950000149*', '000003*', '5*'];
    const found = (term: string) => entries(backend, term.endsWith('*') ? `"${term.slice(0, -1)}"*` : `"${term}"`);
    const imported = terms.map(found);
    expect(imported[0]).toHaveLength(1);
    expect(imported[2]).toEqual([]);
    expect(imported[3]).toHaveLength(150);
    transaction(backend.db, () => rebuildSearchIndex(backend.db.sqlite));
    expect(terms.map(found)).toEqual(imported);
  });

  it('the key index keeps only the kinds an import looks up, and refuses a lookup by another', () => {
    backend = createTempBackend();
    const companies = importMappingSchema.parse({ entity: 'companies', columns: { name: 'Название' } });
    expect(keyKindsOf(companies, 'companies')).toEqual([]);
    const byInn = importMappingSchema.parse({
      entity: 'companies',
      columns: { name: 'Название', inn: 'ИНН' },
      dedupe: { keys: ['inn', 'email'], action: 'update' },
    });
    expect(keyKindsOf(byInn, 'companies')).toEqual(['inn', 'email']);
    expect(keyKindsOf({ ...byInn, dedupe: { keys: ['inn'], action: 'create' } }, 'companies')).toEqual([]);
    const deals = importMappingSchema.parse({ entity: 'deals', columns: { title: 'Сделка', company: 'Компания' } });
    expect(keyKindsOf(deals, 'companies')).toEqual(['inn', 'name']);
    expect(keyKindsOf(deals, 'users')).toEqual(['email', 'name']);
    // A users file names managers, who are users: its own index keeps the reference keys too.
    const users = importMappingSchema.parse({ entity: 'users', columns: { name: 'Имя' } });
    expect(keyKindsOf(users, 'users')).toEqual(['email', 'name']);

    const index = createKeyIndex(backend.db, 'companies', 'RU', ['inn']);
    index.add('c1', { name: 'ООО Ромашка', inn: '7707083893' });
    expect(index.find(index.keysOf({ inn: '7707 083 893' }))).toBe('c1');
    expect(index.keysOf({ name: 'ООО Ромашка', inn: '7707083893' })).toEqual(['inn:7707083893']);
    expect(() => index.find(['name:ромашка'])).toThrow(/no name:ромашка keys/u);
  });

  it('a phone read again in its stored form, or in another country, reads as a fresh parse does', () => {
    const stored = formatPhone('8 (916) 123-45-67', 'RU');
    expect(stored).toBe('+7 916 123 45 67');
    expect(normalizePhone(stored ?? '', 'US')).toBe('+79161234567');
    // The same digits without a country code are another country's number elsewhere.
    expect(normalizePhone('(202) 555-0143', 'US')).toBe('+12025550143');
    expect(normalizePhone('(202) 555-0143', 'RU')).toBeNull();
    expect(normalizePhone('(202) 555-0143', 'US')).toBe('+12025550143');
  });
});
