import { get } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../../src-main/core/db/migrateDatabase';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';
import { startHost } from '../../../src-main/host/startHost';
import { MIGRATION_NOW, upTo } from '../db/useFileAtVersion';
import { createRendererFixture, tokenOf } from './hostTestKit';

const DEVICE = 'b56aab7f1b339633';
/** Enough for the conversion to report ten times and to take a moment even on a fast machine. */
const MESSAGES = 100_000;

/**
 * `url` loaded in `language` as a browser loads a page (or, with `accept`, as a script or a call
 * asks), or null while nothing answers (between the two servers).
 */
const fetchPage = (
  url: string,
  language: string,
  accept = 'text/html,application/xhtml+xml,*/*;q=0.8',
): Promise<{ status: number; body: string } | null> =>
  new Promise((resolve) => {
    const request = get(url, { headers: { 'Accept-Language': language, Accept: accept } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', () => resolve(null));
  });

/** A file as a release before m0072 left it, with MESSAGES messages in the old log form. */
const writeOldFile = (path: string): void => {
  const db = openDatabase(path);
  try {
    migrateDatabase(db, MIGRATION_NOW, upTo(71));
    const insert = db.sqlite.prepare(
      'INSERT INTO change_msgs (hlc, device_id, actor_id, tbl, row_id, at, cells) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    db.sqlite.transaction(() => {
      for (let n = 0; n < MESSAGES; n += 1) {
        const ms = Date.UTC(2026, 9, 1) + n;
        const cells = JSON.stringify({ title: `Old deal ${n}`, value_minor: n });
        insert.run(`${new Date(ms).toISOString()}-0000-${DEVICE}`, DEVICE, 'u1', 'deals', `old-${n}`, ms, cells);
      }
    })();
  } finally {
    closeDatabase(db);
  }
};

describe('opening an old file in the browser shell', () => {
  let fixture: ReturnType<typeof createRendererFixture>;
  let dir = '';
  beforeAll(() => {
    fixture = createRendererFixture();
    dir = mkdtempSync(join(tmpdir(), 'voronka-opening-'));
  });
  afterAll(() => {
    rmSync(fixture.dir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers at once with a translated page that shows the log conversion going, then serves the app', async () => {
    const dbPath = join(dir, 'old.sqlite');
    writeOldFile(dbPath);
    let url = '';
    const pages: { ru: string[]; en: string[] } = { ru: [], en: [] };
    let opened = false;
    const notPages: { status: number; body: string }[] = [];
    const starting = startHost({
      dbPath,
      port: 0,
      rendererDir: fixture.rendererDir,
      onOpening: (address) => {
        url = address;
      },
    }).finally(() => {
      opened = true;
    });
    // Polls the address while the worker opens the file, in both languages in turn.
    while (!opened) {
      if (url !== '') {
        for (const language of ['ru', 'en'] as const) {
          const page = await fetchPage(url, language);
          if (page !== null && page.body.includes('data-testid="opening"')) pages[language].push(page.body);
        }
        // A script chunk an open page asks for (or its session token) must not get the page's HTML.
        const script = await fetchPage(`${url}assets/index.js`, 'ru', '*/*');
        if (script !== null) notPages.push(script);
      }
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const host = await starting;
    try {
      const ru = pages.ru.join('\n');
      const en = pages.en.join('\n');
      expect(ru).toContain('Открываем рабочее пространство');
      expect(en).toContain('Opening the workspace');
      // The conversion's own progress, by its rows: a share of the whole, not only "working".
      expect(ru).toMatch(/Преобразовано записей журнала изменений: [\d\s ]+ из 100[\s ]000 \(\d+ %\)/);
      expect(en).toMatch(/Change-log entries converted: [\d,]+ of 100,000 \(\d+%\)/);
      expect(ru).toContain('role="progressbar"');
      expect(notPages.some((answer) => answer.status === 503)).toBe(true);
      expect(notPages.filter((answer) => answer.body.includes('data-testid="opening"'))).toEqual([]);
      // The page refreshes itself into the app once the workspace is open.
      expect(ru).toContain('http-equiv="refresh"');
      const app = await fetchPage(host.url, 'ru');
      expect(app?.body).not.toContain('data-testid="opening"');
      expect(tokenOf(app?.body ?? '')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    } finally {
      await host.close();
    }
  }, 180_000);
});
