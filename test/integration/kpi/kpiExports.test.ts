import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../../src-main/core/reports/exportReport';
import { neutralizeCell } from '@shared/domain/neutralizeCell';
import { createKpiKit, type KpiKit, local } from './kpiTestKit';
import { pdfWordsOutsideMargins } from './pdfWordsOutsideMargins';
import { buildWeekFixture } from './kpiWeekFixture';

const msk = local(3);
const W48 = { kind: 'week', week: '2026-W48' } as const;

/** The report's sections in Russian: the XLSX's sheets and the PDF's table titles. */
const SECTION_TITLES_RU = [
  'Ключевые показатели',
  'Воронка по шагам',
  'Время на этапах',
  'Менеджеры',
  'Причины проигрыша',
  'Кампании',
  'Взвешенный прогноз',
  'Крупнейшие открытые сделки',
  'Крупнейшие проигрыши',
];

type Json = {
  entered: Record<string, number>;
  winRate: number;
  revenue: number;
  won: { count: number; value: number };
  avgDealSize: number;
  reps: { name: string; revenue: number; calls: number }[];
  lossReasons: { reason: string; count: number; value: number }[];
  previous: { won: { count: number } };
};

const parseCsv = (text: string, delimiter: string): Promise<string[][]> =>
  new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, { delimiter, ignoreEmpty: false })
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });

describe('weekly report exports', () => {
  let kit: KpiKit;
  let json: Json;
  const file = (name: string) => join(kit.backend.dir, name);
  const render = async (format: 'pdf' | 'xlsx' | 'csv' | 'json', language: 'ru' | 'en', name: string) => {
    await exportReport(kit.backend.db, { period: W48, filters: {}, format, language }, file(name), kit.clock.now());
    return file(name);
  };

  beforeAll(async () => {
    kit = await createKpiKit('Europe/Moscow');
    await buildWeekFixture(kit);
    // A deal whose title would run as a formula in a spreadsheet.
    const evil = await kit.deal(msk(11, 25, 16), { title: '=HYPERLINK("http://x","y")', value: 5_000_000 });
    void evil;
    kit.clock.set(msk(12, 3, 10));
    json = JSON.parse(readFileSync(await render('json', 'ru', 'report.json'), 'utf8')) as Json;
  }, 60_000);
  afterAll(() => kit.dispose());

  it('writes the §6 JSON keys with names resolved, byte-identical on a second run', async () => {
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'period',
        'entered',
        'conversion',
        'leadToQualified',
        'winRate',
        'won',
        'lost',
        'revenue',
        'avgDealSize',
        'salesCycleDays',
        'timeInStageDays',
        'speedToLeadHours',
        'campaigns',
        'reps',
        'lossReasons',
        'forecast',
        'churnRate',
        'ltv',
        'nps',
        'repeatSales',
        'compliance',
        'currency',
      ]),
    );
    expect(json.revenue).toBe(500_000);
    expect(json.lossReasons[0]).toMatchObject({ reason: 'Цена', count: 1, value: 200_000 });
    expect(json.previous.won.count).toBe(1);
    const again = await render('json', 'ru', 'again.json');
    expect(readFileSync(again)).toEqual(readFileSync(file('report.json')));
    // Written through a temporary name: nothing else is left in the folder.
    expect(readdirSync(kit.backend.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes an XLSX that reads back to the JSON figures, with formats and frozen headers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await render('xlsx', 'ru', 'report.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SECTION_TITLES_RU);
    const summary = workbook.getWorksheet('Ключевые показатели');
    if (!summary) throw new Error('no summary sheet');
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    // The period by name and its days in the language's order; the key 2026-W48 stays in the JSON.
    expect(String(summary.getCell('A2').value)).toBe('Неделя 48, 2026: 23.11.2026 — 29.11.2026');
    expect(summary.getRow(4).getCell(2).value).toBe('Неделя 48, 2026');
    expect(summary.getRow(4).getCell(3).value).toBe('Неделя 47, 2026');
    const rowOf = (label: string) => {
      let found: ExcelJS.Row | undefined;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row;
      });
      if (!found) throw new Error(`no row ${label}`);
      return found;
    };
    expect(rowOf('Выручка').getCell(2).value).toBe(json.revenue / 100);
    expect(rowOf('Выручка').getCell(2).numFmt).toBe('#,##0.00 "₽"');
    expect(rowOf('Доля выигранных').getCell(2).value).toBe(json.winRate);
    expect(rowOf('Доля выигранных').getCell(2).numFmt).toBe('0.0%');
    expect(rowOf('Средний чек').getCell(2).value).toBe(json.avgDealSize / 100);
    expect(rowOf('Выиграно сделок').getCell(3).value).toBe(json.previous.won.count);
    const reps = workbook.getWorksheet('Менеджеры');
    expect(reps?.getRow(5).getCell(1).value).toBe(json.reps[0]?.name);
    expect(reps?.getRow(5).getCell(8).value).toBe((json.reps[0]?.revenue ?? 0) / 100);
    const open = workbook.getWorksheet('Крупнейшие открытые сделки');
    // The formula-like title is text with a leading apostrophe, never a formula.
    expect(open?.getRow(5).getCell(1).value).toBe(`'=HYPERLINK("http://x","y")`);
    // Close dates are date cells in the reader's order, not ISO text.
    const closeDates: ExcelJS.Cell[] = [];
    open?.eachRow((row, index) => {
      if (index > 4 && row.getCell(6).value !== null) closeDates.push(row.getCell(6));
    });
    expect(closeDates.length).toBeGreaterThan(0);
    for (const cell of closeDates) {
      expect(cell.value).toBeInstanceOf(Date);
      expect(cell.numFmt).toBe('dd.mm.yyyy');
    }
  });

  it('writes a CSV with a BOM that round-trips, formula cells neutralised', async () => {
    const raw = readFileSync(await render('csv', 'ru', 'report.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = await parseCsv(raw.toString('utf8').slice(1), ';');
    const revenue = rows.find((row) => row[0] === 'Выручка');
    expect(revenue?.[1]).toBe('5000');
    const winRate = rows.find((row) => row[0] === 'Доля выигранных');
    expect(Number(winRate?.[1]?.replace(',', '.'))).toBeCloseTo(json.winRate, 6);
    expect(rows.some((row) => row[0] === `'=HYPERLINK("http://x","y")`)).toBe(true);
    const en = await parseCsv(readFileSync(await render('csv', 'en', 'report-en.csv'), 'utf8').slice(1), ',');
    expect(en.find((row) => row[0] === 'Win rate')?.[1]).toBe(String(Number(json.winRate.toFixed(6))));
    expect(en.find((row) => row[0] === 'Average deal size')?.[1]).toBe('2500');
  });

  it('neutralises every formula start', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n']) expect(neutralizeCell(`${start}1`)).toBe(`'${start}1`);
    expect(neutralizeCell('Сделка')).toBe('Сделка');
  });

  it('writes an A4 PDF with page numbers and Cyrillic figures, and English too', async () => {
    const ru = await render('pdf', 'ru', 'report.pdf');
    const info = execFileSync('pdfinfo', [ru], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', ru, '-'], { encoding: 'utf8' });
    expect(text).toContain('Отчёт по воронке продаж');
    expect(text).toContain('Неделя 48, 2026: 23.11.2026 — 29.11.2026');
    expect(text).toContain('Для сравнения: Неделя 47, 2026');
    expect(text).not.toContain('2026-W4');
    expect(text).toMatch(/Выручка\s+5\s000\s₽/);
    expect(text).toMatch(/Средний чек\s+2\s500\s₽/);
    expect(text).toContain('Анна Петрова');
    expect(text).toContain(`Стр. ${pages} из ${pages}`);
    // Every word stays inside the 36 pt margins of the A4 width (the twelve-column reps table too).
    expect(pdfWordsOutsideMargins(ru)).toEqual([]);
    // No page ends with a section title whose table starts on the next page.
    for (let page = 1; page <= pages; page += 1) {
      const lines = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), ru, '-'], {
        encoding: 'utf8',
      })
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/Стр\. \d+ из \d+/.test(line));
      expect(SECTION_TITLES_RU, `page ${page} ends with «${lines.at(-1)}»`).not.toContain(lines.at(-1));
    }
    // The charts are vector: their Cyrillic labels are text in the PDF.
    expect(text).toContain('Осведомлённость');
    const en = await render('pdf', 'en', 'report-en.pdf');
    const enText = execFileSync('pdftotext', ['-layout', en, '-'], { encoding: 'utf8' });
    expect(enText).toMatch(/Revenue\s+₽5,000/);
    expect(enText).toContain('Page 1 of');
    if (process.env.VORONKA_KEEP_REPORT) {
      execFileSync('pdftoppm', ['-png', '-r', '80', ru, join(process.env.VORONKA_KEEP_REPORT, 'report-ru')]);
      execFileSync('pdftoppm', ['-png', '-r', '80', en, join(process.env.VORONKA_KEEP_REPORT, 'report-en')]);
      writeFileSync(join(process.env.VORONKA_KEEP_REPORT, 'report.json'), JSON.stringify(json, null, 2));
    }
    expect(existsSync(ru)).toBe(true);
  });
});
