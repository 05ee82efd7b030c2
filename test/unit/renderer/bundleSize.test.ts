import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBoardRoute } from '../../../scripts/check-bundle-size.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake out/renderer: a manifest and chunk files of the given sizes. */
const fakeBuild = (manifest: Record<string, object>, sizes: Record<string, number | string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'voronka-bundle-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.vite'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  for (const [file, size] of Object.entries(sizes))
    writeFileSync(join(dir, file), typeof size === 'string' ? size : 'x'.repeat(size));
  return dir;
};

const PAGE = 'modules/pipeline/components/PipelinePage.tsx';

describe('the board route size check', () => {
  it('counts the entry, the pipeline page and their static imports, not other pages', () => {
    const dir = fakeBuild(
      {
        'index.html': {
          file: 'assets/index.js',
          isEntry: true,
          imports: ['_shared.js'],
          dynamicImports: [PAGE, 'a.tsx'],
        },
        '_shared.js': { file: 'assets/shared.js', name: 'shared' },
        [PAGE]: { file: 'assets/PipelinePage.js', name: 'PipelinePage', imports: ['_shared.js', '_dnd.js'] },
        '_dnd.js': { file: 'assets/dnd.js', name: 'dnd' },
        'a.tsx': { file: 'assets/Analytics.js', name: 'Analytics', imports: ['_echarts.js'] },
        '_echarts.js': { file: 'assets/echarts.js', name: 'echarts' },
      },
      {
        'assets/index.js': 1000,
        'assets/shared.js': 200,
        'assets/PipelinePage.js': 300,
        'assets/dnd.js': 50,
        'assets/Analytics.js': 5000,
        'assets/echarts.js': 90000,
      },
    );
    const route = measureBoardRoute(dir);
    expect(route.minified).toBe(1550);
    expect(route.chunks.map((chunk) => chunk.name).sort()).toEqual(['PipelinePage', 'dnd', 'index.html', 'shared']);
    expect(route.charts).toEqual([]);
  });

  it('counts the larger of the two language catalogues the shell loads before it paints', () => {
    const dir = fakeBuild(
      {
        'index.html': {
          file: 'assets/index.js',
          isEntry: true,
          dynamicImports: [PAGE, '../i18n/ru.ts', '../i18n/en.ts'],
        },
        [PAGE]: { file: 'assets/PipelinePage.js', name: 'PipelinePage' },
        '../src-shared/i18n/ru.ts': { file: 'assets/ru.js', name: 'ru', isDynamicEntry: true },
        '../src-shared/i18n/en.ts': { file: 'assets/en.js', name: 'en', isDynamicEntry: true },
      },
      { 'assets/index.js': 1000, 'assets/PipelinePage.js': 300, 'assets/ru.js': 580, 'assets/en.js': 380 },
    );
    const route = measureBoardRoute(dir);
    expect(route.minified).toBe(1880);
    expect(route.chunks.map((chunk) => chunk.name).sort()).toEqual(['PipelinePage', 'index.html', 'ru']);
  });

  it('counts the shell the entry imports once it has sent the first requests', () => {
    const dir = fakeBuild(
      {
        'index.html': { file: 'assets/index.js', isEntry: true, dynamicImports: ['app/bootstrap.tsx', PAGE] },
        'app/bootstrap.tsx': { file: 'assets/bootstrap.js', name: 'bootstrap', imports: ['_react-dom.js'] },
        '_react-dom.js': { file: 'assets/react-dom.js', name: 'react-dom' },
        [PAGE]: { file: 'assets/PipelinePage.js', name: 'PipelinePage' },
      },
      {
        'assets/index.js': 100,
        'assets/bootstrap.js': 400,
        'assets/react-dom.js': 2000,
        'assets/PipelinePage.js': 300,
      },
    );
    expect(measureBoardRoute(dir).minified).toBe(2800);
  });

  it('names chart code that reaches the board route', () => {
    const dir = fakeBuild(
      {
        'index.html': { file: 'assets/index.js', isEntry: true, dynamicImports: [PAGE] },
        [PAGE]: { file: 'assets/PipelinePage.js', name: 'PipelinePage', imports: ['_echarts.js'] },
        '_echarts.js': { file: 'assets/echarts.js', name: 'echarts' },
      },
      { 'assets/index.js': 10, 'assets/PipelinePage.js': 10, 'assets/echarts.js': 10 },
    );
    expect(measureBoardRoute(dir).charts.map((chunk) => chunk.file)).toEqual(['assets/echarts.js']);
  });

  it('names a chunk of the board route that carries zod', () => {
    const dir = fakeBuild(
      {
        'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_common.js'], dynamicImports: [PAGE] },
        '_common.js': { file: 'assets/common.js', name: 'common' },
        [PAGE]: { file: 'assets/PipelinePage.js', name: 'PipelinePage' },
        'form.tsx': { file: 'assets/form.js', name: 'form', imports: ['_zod.js'] },
        '_zod.js': { file: 'assets/zod.js', name: 'zod' },
      },
      {
        'assets/index.js': 'const jitless = "__zod_globalConfig";',
        'assets/common.js': 'const ZodObject=$constructor("$ZodObject",(e,t)=>{});',
        'assets/PipelinePage.js': 'export const Page = () => "$Zod is a word here";',
        'assets/form.js': 10,
        'assets/zod.js': 'const a=$constructor(`$ZodType`,()=>{});',
      },
    );
    expect(measureBoardRoute(dir).validators.map((chunk) => chunk.file)).toEqual(['assets/common.js']);
  });
});
