import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../../src-main/core/reports/exportReport';
import { createKpiKit, type KpiKit, local } from './kpiTestKit';
import { buildWeekFixture } from './kpiWeekFixture';

const msk = local(3);
const W48 = { kind: 'week', week: '2026-W48' } as const;
type Format = 'pdf' | 'xlsx' | 'csv' | 'json';

/** The weekly report's rep table carries the review score the Analytics leaderboard shows (Boris 3.3, Anna 3). */
describe('the review score in the weekly report', () => {
  let kit: KpiKit;
  const render = async (format: Format, language: 'ru' | 'en', name: string) => {
    const path = join(kit.backend.dir, name);
    await exportReport(kit.backend.db, { period: W48, filters: {}, format, language }, path, kit.clock.now());
    return path;
  };
  const repsSheet = async (name: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await render('xlsx', 'ru', name));
    const sheet = workbook.getWorksheet('Менеджеры');
    if (!sheet) throw new Error('no reps sheet');
    const header = (sheet.getRow(4).values as unknown[]).slice(1);
    return { sheet, header };
  };
  const clearReviews = () =>
    kit.backend.db.sqlite.exec('UPDATE activities SET review_score = NULL, reviewed_at = NULL');

  beforeAll(async () => {
    kit = await createKpiKit('Europe/Moscow');
    await buildWeekFixture(kit);
    kit.clock.set(msk(12, 3, 10));
  }, 60_000);
  afterAll(() => kit.dispose());

  it('is a numeric column of the reps sheet in the XLSX, one decimal, as the leaderboard', async () => {
    const { sheet, header } = await repsSheet('reviewed.xlsx');
    expect(header.at(-1)).toBe('Оценка качества');
    const column = header.length;
    const byName = new Map<string, ExcelJS.Cell>();
    sheet.eachRow((row, number) => {
      if (number > 4) byName.set(String(row.getCell(1).value), row.getCell(column));
    });
    expect(byName.get('Борис Иванов')?.value).toBe(3.3);
    expect(byName.get('Анна Петрова')?.value).toBe(3);
    expect(byName.get('Борис Иванов')?.numFmt).toBe('0.0');
  });

  it('is in the JSON reps, the CSV and the PDF text', async () => {
    const json = JSON.parse(readFileSync(await render('json', 'en', 'reviewed.json'), 'utf8')) as {
      reps: { name: string; reviewAverage: number | null; reviews: number }[];
    };
    expect(json.reps.find((rep) => rep.name === 'Борис Иванов')).toMatchObject({ reviewAverage: 3.3, reviews: 3 });
    const csv = readFileSync(await render('csv', 'en', 'reviewed.csv'), 'utf8');
    expect(csv).toMatch(/Rep,Calls,.*,Review score/);
    expect(csv).toMatch(/Борис Иванов,0,0,0,2,1,1,.*,3\.3/);
    const pdf = await render('pdf', 'ru', 'reviewed.pdf');
    if (process.env.VORONKA_KEEP_REPORT) {
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(process.env.VORONKA_KEEP_REPORT, 'reviewed-ru')]);
    }
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Оценка\s+качества|Оценка[^\n]*\n[^\n]*качества/);
    // The rep's line ends with the score (one decimal at most, as on the leaderboard).
    expect(text).toMatch(/Борис[^\n]*50 %\s+3,3\n/);
    expect(text).toMatch(/Анна[^\n]*100 %\s+3\n/);
  });

  it('is left out when nobody was rated in the period, as on the Analytics page', async () => {
    clearReviews();
    const { header } = await repsSheet('unrated.xlsx');
    expect(header).not.toContain('Оценка качества');
    expect(header.at(-1)).toBe('Контрольные точки');
    const csv = readFileSync(await render('csv', 'en', 'unrated.csv'), 'utf8');
    expect(csv).not.toContain('Review score');
    const text = execFileSync('pdftotext', ['-layout', await render('pdf', 'ru', 'unrated.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).not.toContain('Оценка качества');
    const json = JSON.parse(readFileSync(await render('json', 'en', 'unrated.json'), 'utf8')) as {
      reps: { reviewAverage: number | null }[];
    };
    expect(json.reps.every((rep) => rep.reviewAverage === null)).toBe(true);
  });
});
