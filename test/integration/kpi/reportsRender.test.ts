import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKpiKit, type KpiKit, local } from './kpiTestKit';
import { buildWeekFixture } from './kpiWeekFixture';

const msk = local(3);
const W48 = { kind: 'week', week: '2026-W48' } as const;

describe('reports.render: the weekly report as a file through the contract', () => {
  let kit: KpiKit;

  beforeAll(async () => {
    kit = await createKpiKit('Europe/Moscow');
    await buildWeekFixture(kit);
    kit.clock.set(msk(12, 3, 10));
  });
  afterAll(() => kit.dispose());

  const render = (format: 'pdf' | 'xlsx' | 'csv' | 'json', language: 'ru' | 'en' = 'ru') =>
    kit.client.call('reports.render', { period: W48, format, language });

  it('renders a PDF named after the week', async () => {
    const file = await render('pdf');
    const bytes = Buffer.from(file.base64, 'base64');
    expect(file).toMatchObject({ fileName: 'voronka-report-2026-W48.pdf', mimeType: 'application/pdf' });
    expect(file.bytes).toBe(bytes.byteLength);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('renders an XLSX whose summary holds the same won count as the JSON', async () => {
    const json = JSON.parse(Buffer.from((await render('json')).base64, 'base64').toString('utf8')) as {
      won: { count: number };
    };
    const file = await render('xlsx', 'en');
    expect(file.fileName).toBe('voronka-report-2026-W48.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBeGreaterThan(1);
    const cells = book.worksheets.flatMap((sheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])),
    );
    expect(cells).toContain(json.won.count);
  }, 60_000);

  it('renders a CSV with a BOM, the Russian separator by default and the English one on request', async () => {
    const ru = Buffer.from((await render('csv')).base64, 'base64').toString('utf8');
    expect(ru.charCodeAt(0)).toBe(0xfeff);
    // The first table row with figures, below the title, period and as-of lines.
    const firstTable = (text: string) =>
      text
        .split(/\r?\n/)
        .slice(4)
        .find((line) => /\d/.test(line) && /[;,]/.test(line)) ?? '';
    expect(firstTable(ru)).toMatch(/;/);
    const en = await kit.client.call('reports.render', { period: W48, format: 'csv', language: 'en', separator: ',' });
    const enText = Buffer.from(en.base64, 'base64').toString('utf8');
    expect(firstTable(enText)).toMatch(/,/);
    expect(firstTable(enText)).not.toMatch(/;/);
  });

  it('names a custom range without dots and refuses an unknown format at the contract', async () => {
    const file = await kit.client.call('reports.render', {
      period: { kind: 'custom', from: '2026-11-01', to: '2026-11-30' },
      format: 'json',
      language: 'en',
    });
    expect(file.fileName).toBe('voronka-report-2026-11-01_2026-11-30.json');
    const refused = await kit.backend.dispatch('reports.render', { period: W48, format: 'docx', language: 'ru' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('previews the same tables the files hold, with the figures for the charts', async () => {
    const preview = await kit.client.call('reports.preview', { period: W48, language: 'en' });
    const file = await render('xlsx', 'en');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(preview.sections.length).toBeGreaterThan(2);
    expect(preview.label).toContain('2026-W48');
    expect(preview.result.previous).not.toBeNull();
    // One document, two renderings: every table of the page is in the workbook, titled alike.
    const sheetTexts = book.worksheets.flatMap((sheet) => [
      sheet.name,
      ...sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])),
    ]);
    for (const section of preview.sections) {
      expect(sheetTexts.some((text) => typeof text === 'string' && text.startsWith(section.title.slice(0, 25)))).toBe(
        true,
      );
    }
    expect(preview.sections.find((section) => section.key === 'summary')?.rows.length).toBeGreaterThan(5);
    const ru = await kit.client.call('reports.preview', { period: W48, language: 'ru' });
    expect(ru.sections.map((section) => section.title)).not.toEqual(preview.sections.map((section) => section.title));
  }, 60_000);

  it('names the period of each funnel column: the week and the week before, never the same header twice', async () => {
    const ru = await kit.client.call('reports.preview', { period: W48, language: 'ru' });
    const funnel = ru.sections.find((section) => section.key === 'funnel');
    expect(funnel?.columns.map((column) => column.label.replaceAll('\u00a0', ' '))).toEqual([
      'Шаг',
      'Вошло (Неделя 48)',
      'Вошло (Неделя 47)',
      'Конверсия в следующий (Неделя 48)',
      'Конверсия в следующий (Неделя 47)',
    ]);
    // The period's words stay together when a header wraps on the page: «Вошло / (Неделя 48)».
    expect(funnel?.columns[1]?.label).toBe('Вошло (Неделя\u00a048)');
    // In the PDF the headers wrap: kept on one line, the last two columns ran off the A4 page.
    const pdf = join(mkdtempSync(join(tmpdir(), 'funnel-')), 'funnel.pdf');
    writeFileSync(pdf, Buffer.from((await render('pdf')).base64, 'base64'));
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text.match(/\(Неделя 47\)/g)).toHaveLength(2);
    expect(text).toContain('Конверсия в следующий (Неделя 48)');
    // Nor do they squeeze the steps: "Consideration" broke as «Consideratio / n» in English.
    writeFileSync(pdf, Buffer.from((await render('pdf', 'en')).base64, 'base64'));
    const english = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(english).toMatch(/^Consideration\s+\d/m);
  }, 60_000);

  it('marks the summary rows where a fall is good news, so the page colours their change the right way', async () => {
    const en = await kit.client.call('reports.preview', { period: W48, language: 'en' });
    const summary = en.sections.find((section) => section.key === 'summary');
    const lowerIsBetter = summary?.rows.filter((row) => row.better === 'down').map((row) => row.cells[0]);
    expect(lowerIsBetter).toEqual([
      'Deals lost',
      'Value lost',
      'Sales cycle, median (days)',
      'Sales cycle, mean (days)',
      'Speed to lead, median (hours)',
      'Customer churn',
    ]);
  });
});
