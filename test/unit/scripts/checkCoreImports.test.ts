import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startUpViolations } from '../../../scripts/check-core-imports.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake out/main: an entry and its chunks, each file's text as given. */
const fakeBuild = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'voronka-core-imports-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'chunks'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return join(dir, 'worker.js');
};

describe('the core start-up import check', () => {
  it('finds a heavy package imported statically through a chunk, and one re-exported', async () => {
    const entry = fakeBuild({
      'worker.js': 'import { a } from "./chunks/core.js";\nimport "better-sqlite3";\nconsole.log(a);\n',
      'chunks/core.js': 'import ExcelJS from "exceljs";\nexport * from "pg";\nexport const a = ExcelJS;\n',
    });
    expect((await startUpViolations(entry)).sort()).toEqual(['exceljs', 'pg']);
  });

  it('lets a heavy package or a chunk bundling ECharts load on demand', async () => {
    const entry = fakeBuild({
      'worker.js': [
        'import { b } from "./chunks/core.js";',
        'export const pdf = () => import("pdfmake");',
        'export const charts = () => import("./chunks/renderChartSvg.js");',
        'import(`@faker-js/faker`);',
        'console.log(b);',
      ].join('\n'),
      'chunks/core.js': 'import { z } from "zod";\nexport const b = z;\n',
      'chunks/renderChartSvg.js': 'throw new Error("call echarts.use([BarChart]) first");\n',
    });
    expect(await startUpViolations(entry)).toEqual([]);
  });

  it('finds ECharts bundled into a chunk the entry imports statically', async () => {
    const entry = fakeBuild({
      'worker.js': 'import "./chunks/report.js";\n',
      'chunks/report.js': 'throw new Error("call echarts.use([BarChart]) first");\n',
    });
    expect(await startUpViolations(entry)).toEqual(['echarts (bundled in report.js)']);
  });
});
