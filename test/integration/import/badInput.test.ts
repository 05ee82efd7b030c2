import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { changeLogSize, importFile, live } from './importFile';

const COMPANIES = { entity: 'companies', columns: { name: 'name' } } as const;

/** Each file of the bad-input corpus (test/fixtures/import): a clear reason, or warnings, and nothing half-imported. */
describe('bad input', () => {
  let backend: TempBackend;
  let logBefore = 0;
  beforeEach(() => {
    backend = createTempBackend();
    logBefore = changeLogSize(backend);
  });
  afterEach(() => backend.dispose());

  const refused = async (file: string, params: Record<string, unknown>) => {
    await expect(importFile(backend, file, COMPANIES)).rejects.toMatchObject({ code: 'BAD_INPUT', params });
    expect(live(backend, 'companies')).toBe(0);
    expect(changeLogSize(backend)).toBe(logBefore);
  };

  it('an unterminated quote: refused, naming the line it opened on', async () => {
    await refused('unterminated-quote.csv', { reason: 'import_unterminated_quote', line: 2 });
  });

  it('a 2 MB cell: refused as a row over 1 MB', async () => {
    await refused('huge-cell.csv', { reason: 'import_cell_too_large', line: 2 });
  });

  it('a binary file named .csv: refused as not text', async () => {
    await refused('binary.csv', { reason: 'import_binary_file' });
  });

  it('an XLSX zip bomb: refused by the size it declares', async () => {
    await refused('bomb-declared.xlsx', { reason: 'import_zip_bomb', declared: 256 * 1024 * 1024 + 8 });
  });

  it('an XLSX zip bomb that lies about its size: refused when inflating passes the cap', async () => {
    await refused('bomb-inflated.xlsx', { reason: 'import_zip_bomb', entry: 'xl/worksheets/sheet1.xml' });
  });

  it('ragged rows: imported, each short or long row with a warning', async () => {
    const summary = await importFile(backend, 'ragged-rows.csv', {
      entity: 'companies',
      columns: { name: 'name', email: 'email', phone: 'phone' },
    });
    expect(summary).toMatchObject({ rows: 3, created: 3 });
    expect(summary.warnings).toEqual([
      { line: 2, field: null, reason: 'ragged_row', value: '2/3' },
      { line: 3, field: null, reason: 'ragged_row', value: '4/3' },
    ]);
  });

  it('formula-looking cells: kept as text, never run, each with a warning', async () => {
    const summary = await importFile(backend, 'formulas.csv', {
      entity: 'companies',
      columns: { name: 'name', email: 'email', notes: 'notes' },
    });
    expect(summary).toMatchObject({ rows: 3, created: 3 });
    const names = backend.db.sqlite.prepare('SELECT name, notes FROM companies ORDER BY rowid').all();
    expect(names).toEqual([
      { name: '=HYPERLINK("http://evil.example","click")', notes: '+SUM(1;2)' },
      { name: '@cmd', notes: '-2+3' },
      { name: 'Нормальная', notes: 'обычный текст' },
    ]);
    expect(summary.warnings.map((w) => [w.line, w.field, w.reason])).toEqual([
      [2, 'name', 'formula_like_text'],
      [2, 'notes', 'formula_like_text'],
      [3, 'name', 'formula_like_text'],
      [3, 'notes', 'formula_like_text'],
    ]);
  });

  it('formula cells of an XLSX: cached results taken and flagged, never run; an error or a missing result skipped', async () => {
    const summary = await importFile(backend, 'formulas.xlsx', {
      entity: 'deals',
      columns: { title: 'deal', value: 'value', notes: 'notes' },
    });
    expect(summary).toMatchObject({ rows: 4, created: 4 });
    const deals = backend.db.sqlite.prepare('SELECT title, value_minor, notes FROM deals ORDER BY rowid').all();
    expect(deals).toEqual([
      { title: 'Ромашка', value_minor: 120_00, notes: 'Звонок Ромашка' },
      { title: 'Василёк', value_minor: 121_00, notes: null },
      { title: 'Лютик', value_minor: 122_00, notes: null },
      { title: "=cmd|' /C calc'!A0", value_minor: 7_00, notes: '@SUM(1+1)' },
    ]);
    expect(summary.warnings.map((w) => [w.line, w.field, w.reason])).toEqual([
      [2, 'value', 'formula_result'],
      [2, 'notes', 'formula_result'],
      [3, 'value', 'formula_result'],
      [3, 'notes', 'error_cell'],
      [4, 'value', 'formula_result'],
      [4, 'notes', 'formula_without_result'],
      [5, 'title', 'formula_like_text'],
      [5, 'notes', 'formula_like_text'],
    ]);
  });

  it('mixed encodings: read as UTF-8, the line in another encoding imported with a warning', async () => {
    const summary = await importFile(backend, 'mixed-encoding.csv', {
      entity: 'companies',
      columns: { name: 'name', region: 'region' },
    });
    expect(summary).toMatchObject({ encoding: 'utf-8', rows: 3, created: 3 });
    expect(summary.warnings).toEqual([
      { line: 3, field: 'name', reason: 'undecodable_text', value: expect.stringContaining('\uFFFD') },
      { line: 3, field: 'region', reason: 'undecodable_text', value: expect.stringContaining('\uFFFD') },
    ]);
  });
});
