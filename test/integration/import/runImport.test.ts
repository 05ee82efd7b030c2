import type { ImportMappingInput } from '@shared/contract/schemas/imports';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { changeLogSize, importFile, live, undo } from './importFile';

const csv = (text: string) => new TextEncoder().encode(text);

const COMPANIES = 'name,inn,website,region\nРомашка,7707083893,romashka.ru,Москва\nВасилёк,,vasilek.ru,Пермь\n';
const MAPPING: ImportMappingInput = {
  entity: 'companies',
  columns: { name: 'name', inn: 'inn', website: 'website', region: 'region' },
  dedupe: { keys: ['inn', 'domain', 'name'], action: 'update' },
};

const company = (backend: TempBackend, name: string) =>
  backend.db.sqlite.prepare('SELECT * FROM companies WHERE name = ?').get(name) as Record<string, unknown> | undefined;

describe('runImport', () => {
  let backend: TempBackend;
  beforeEach(() => {
    backend = createTempBackend();
  });
  afterEach(() => backend.dispose());

  it('a dry run reports exactly what the import does and writes nothing', async () => {
    const logBefore = changeLogSize(backend);
    const dry = await importFile(backend, csv(COMPANIES), MAPPING, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, importId: null, rows: 2, created: 2, updated: 0, skipped: 0 });
    expect(live(backend, 'companies')).toBe(0);
    expect(changeLogSize(backend)).toBe(logBefore);
    expect(backend.db.sqlite.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 });
    const real = await importFile(backend, csv(COMPANIES), MAPPING);
    expect({ ...real, importId: null, dryRun: true, at: dry.at }).toEqual(dry);
    expect(live(backend, 'companies')).toBe(2);
  });

  it('writes every row through the change log, one message per cell, in one import', async () => {
    const logBefore = changeLogSize(backend);
    await importFile(backend, csv(COMPANIES), MAPPING);
    const romashka = company(backend, 'Ромашка');
    const logged = backend.db.sqlite
      .prepare('SELECT col, value FROM change_log WHERE row_id = ? ORDER BY col')
      .all(romashka?.id) as { col: string; value: string }[];
    expect(Object.fromEntries(logged.map((row) => [row.col, JSON.parse(row.value)]))).toMatchObject({
      name: 'Ромашка',
      inn: '7707083893',
      website: 'romashka.ru',
      region: 'Москва',
    });
    expect(changeLogSize(backend)).toBeGreaterThan(logBefore);
    expect(romashka?.domain).toBe('romashka.ru');
  });

  it('is all or nothing: cancelled halfway, nothing of it stays', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `Компания ${i},,,Москва`).join('\n');
    const logBefore = changeLogSize(backend);
    // Read on the writing connection, inside the import's transaction: its rows written so far.
    const written = () => backend.db.sqlite.prepare('SELECT count(*) FROM companies').pluck().get() as number;
    let writtenWhenCancelled = 0;
    const cancelled = () => {
      writtenWhenCancelled = written();
      return writtenWhenCancelled >= 25;
    };
    await expect(
      importFile(backend, csv(`name,inn,website,region\n${rows}\n`), MAPPING, { cancelled }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    // Cancelled while writing: the first 25 writes rolled back with the rest.
    expect(writtenWhenCancelled).toBe(25);
    expect(live(backend, 'companies')).toBe(0);
    expect(changeLogSize(backend)).toBe(logBefore);
    expect(backend.db.sqlite.prepare('SELECT count(*) AS n FROM imports').get()).toEqual({ n: 0 });
  });

  it('undo removes what the import created, reverts what it updated, and keeps later edits', async () => {
    const client = clientFor(backend);
    const before = (await client.call('companies.create', { name: 'Ромашка', region: 'Тула' })).company;
    const bystander = (await client.call('companies.create', { name: 'Лютик', region: 'Омск' })).company;
    const summary = await importFile(
      backend,
      csv('name,inn,website,region\nРомашка,7707083893,romashka.ru,Москва\nВасилёк,,vasilek.ru,Пермь\n'),
      MAPPING,
    );
    expect(summary).toMatchObject({ created: 1, updated: 1 });
    expect(company(backend, 'Ромашка')).toMatchObject({ region: 'Москва', inn: '7707083893', website: 'romashka.ru' });
    // After the import someone edits the updated company's website and the bystander.
    await client.call('companies.update', { id: before.id, patch: { website: 'romashka.com' } });
    await client.call('companies.update', { id: bystander.id, patch: { region: 'Омск-2' } });

    const result = await undo(backend, summary.importId ?? '');
    expect(result).toMatchObject({ removed: 1, reverted: 1, kept: 1 });
    expect(live(backend, 'companies')).toBe(2);
    expect(company(backend, 'Василёк')?.deleted_at).not.toBeNull();
    // region and inn go back; the website someone changed since stays theirs.
    expect(company(backend, 'Ромашка')).toMatchObject({
      region: 'Тула',
      inn: null,
      website: 'romashka.com',
      deleted_at: null,
    });
    expect(company(backend, 'Лютик')).toMatchObject({ region: 'Омск-2', deleted_at: null });
    expect(backend.db.sqlite.prepare('SELECT undone_at FROM imports WHERE id = ?').get(summary.importId)).toEqual({
      undone_at: result.undoneAt,
    });
    await expect(undo(backend, summary.importId ?? '')).rejects.toMatchObject({
      code: 'CONFLICT',
      params: { reason: 'import_undone' },
    });
  });

  it('refuses a mapping column the file lacks before writing anything', async () => {
    await expect(
      importFile(backend, csv('name,region\nРомашка,Москва\n'), { entity: 'companies', columns: { name: 'Название' } }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT', params: { reason: 'import_column_missing', column: 'Название' } });
  });

  it('reads an XLSX sheet: numbers as numbers, dates as dates, formulas by their cached value', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Сделки');
    sheet.addRow(['Сделка', 'Сумма', 'Создана', 'Итого']);
    sheet.addRow(['Поставка', 1234.5, new Date(Date.UTC(2024, 2, 15)), { formula: 'B2*2', result: 2469 }]);
    sheet.addRow(['Монтаж', '1 000,50', '16.03.2024', 'текст']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const summary = await importFile(backend, bytes, {
      entity: 'deals',
      columns: { title: 'Сделка', value: 'Сумма', createdAt: 'Создана', notes: 'Итого' },
    });
    expect(summary).toMatchObject({ rows: 2, created: 2, encoding: null, delimiter: null });
    expect(summary.warnings).toEqual([{ line: 2, field: 'Итого', reason: 'formula_result', value: '2469' }]);
    const deals = backend.db.sqlite
      .prepare('SELECT title, value_minor, created_at, notes FROM deals ORDER BY title')
      .all();
    expect(deals).toEqual([
      { title: 'Монтаж', value_minor: 100_050, created_at: Date.UTC(2024, 2, 16) - 3 * 3600_000, notes: 'текст' },
      { title: 'Поставка', value_minor: 123_450, created_at: Date.UTC(2024, 2, 15) - 3 * 3600_000, notes: '2469' },
    ]);
  });
});
