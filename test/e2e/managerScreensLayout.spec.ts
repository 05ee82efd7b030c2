import type { Locator, Page } from '@playwright/test';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { copySeededDb } from '../fixtures/seededDb';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';

/**
 * What a new sales manager saw overflow on the manager's screens at 1280×720 in Russian: each
 * check names one box whose text must fit inside it.
 */
test.use({ viewport: { width: 1280, height: 720 } });

/** How many pixels each matched element's content sticks out of its own box (0 when it fits). */
const overflowsOf = (boxes: Locator) =>
  boxes.evaluateAll((elements) => elements.map((element) => Math.max(0, element.scrollWidth - element.clientWidth)));

/** The labels of the selects whose chosen option's text is wider than the room beside the chevron. */
const cutOffSelects = (selects: Locator) =>
  selects.evaluateAll((elements) =>
    (elements as HTMLSelectElement[]).flatMap((select) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return [];
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.text ?? '';
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(text).width > room ? [`${select.getAttribute('aria-label') ?? ''}: ${text}`] : [];
    }),
  );

test('the BANT weights keep their Russian names apart', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  const labels = page.locator('.bant-weight');
  await expect(labels.filter({ hasText: 'Потребность' })).toBeVisible();
  expect(await overflowsOf(labels)).toEqual([0, 0, 0, 0]);
});

test('a long deal role stays inside its column of the contacts list', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const name = `Казимир Экономов ${Date.now()}`;
  await rpc('contacts.create', { name, role: 'economic_buyer' });
  await page.goto('/#/contacts');
  await page.getByRole('searchbox').first().fill(name);
  const badge = page.getByRole('row').filter({ hasText: name }).locator('.badge-role');
  await expect(badge).toHaveAttribute('title', 'Экономический покупатель');
  const stickingOut = await badge.evaluate((element) => {
    const cell = element.closest('td')?.getBoundingClientRect();
    return Math.max(0, Math.round(element.getBoundingClientRect().right - (cell?.right ?? 0)));
  });
  expect(stickingOut).toBe(0);
});

test('the analytics toolbar shows each select’s whole choice, custom period included', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/analytics');
  const selects = page.getByRole('group', { name: 'Период и фильтры' }).locator('select');
  await expect(page.getByTestId('analytics-period')).toBeVisible();
  expect(await cutOffSelects(selects)).toEqual([]);
  // A week, a month or a quarter by its longest Russian name keeps the period and the five filters
  // on one row at 1280 px (the year is in the dates below the toolbar).
  for (const period of ['2026-W48', '2026-09', '2026-Q4']) {
    await page.goto(`/#/analytics?period=${period}`);
    await expect(page.getByTestId('analytics-period')).toHaveAttribute('data-period', period);
    const rows = await page
      .getByRole('group', { name: 'Период и фильтры' })
      .evaluate((bar) => new Set([...bar.children].map((child) => Math.round(child.getBoundingClientRect().top))).size);
    expect(rows, period).toBe(1);
  }
  await page.getByLabel('Вид периода').selectOption('custom');
  await expect(page.getByLabel('С', { exact: true })).toBeVisible();
  expect(await cutOffSelects(selects)).toEqual([]);
});

test('the schedule’s checkboxes keep a gap before their labels', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/reports');
  const panel = page.getByTestId('report-schedule');
  await expect(panel.getByRole('switch', { name: 'Включено' })).toBeVisible();
  const gaps = await panel.locator('label:has(> input[type="checkbox"])').evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.querySelector('input')?.getBoundingClientRect();
      const text = [...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE);
      const range = document.createRange();
      if (text) range.selectNodeContents(text);
      return Math.round(range.getBoundingClientRect().left - (box?.right ?? 0));
    }),
  );
  expect(gaps.length).toBeGreaterThan(4);
  expect(gaps.filter((gap) => gap < 4)).toEqual([]);
});

test('every teammate’s Deactivate button is inside the Team card', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const mark = Date.now();
  const boss = await rpc('users.create', { name: `Абрамов Казимир Владиленович ${mark}`, role: 'manager' });
  await rpc('users.create', {
    name: `Власова Иванна Валентиновна ${mark}`,
    role: 'rep',
    email: `i.vlasova.${mark}@voronka-demo.example`,
    managerId: boss.id,
  });
  await page.goto('/#/settings');
  const card = page.locator('.team-card');
  await expect(card.getByText(`Власова Иванна Валентиновна ${mark}`)).toBeVisible();
  const sticking = await card.locator('.team-actions').evaluateAll((cells) =>
    cells.map((cell) => {
      const edge = cell.closest('.team-card')?.getBoundingClientRect().right ?? 0;
      return Math.max(0, Math.round(cell.getBoundingClientRect().right - edge));
    }),
  );
  expect(sticking.filter((pixels) => pixels > 0)).toEqual([]);
});

test('the New field dialog keeps its labels and buttons off its edges', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Добавить поле' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новое поле' });
  const frame = await dialog.boundingBox();
  const label = await dialog.getByText('Название (русское)').boundingBox();
  const save = await dialog.getByRole('button', { name: 'Сохранить' }).boundingBox();
  expect((label?.x ?? 0) - (frame?.x ?? 0)).toBeGreaterThanOrEqual(16);
  expect((frame?.x ?? 0) + (frame?.width ?? 0) - ((save?.x ?? 0) + (save?.width ?? 0))).toBeGreaterThanOrEqual(16);
  expect((frame?.y ?? 0) + (frame?.height ?? 0) - ((save?.y ?? 0) + (save?.height ?? 0))).toBeGreaterThanOrEqual(16);
});

test('the stage editor shows each stage’s whole funnel step', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/pipeline/stages');
  const steps = page.getByTestId('stages-card').getByRole('combobox', { name: /^Шаг воронки/ });
  await expect(steps.first()).toHaveValue('awareness');
  expect(await cutOffSelects(steps)).toEqual([]);
});

test('the regular-contact days field looks like the other settings fields', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  const days = page.getByRole('spinbutton', { name: 'Регулярный контакт с клиентами' });
  const look = (element: Element) => {
    const style = getComputedStyle(element);
    return { height: style.height, radius: style.borderRadius, border: style.borderColor, font: style.fontSize };
  };
  const weight = page.locator('.bant-weight .input').first();
  expect(await days.evaluate(look)).toEqual(await weight.evaluate(look));
});

test('the forecast chart’s month and value labels do not run into each other', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const closes = ['1970-01-15', '2026-11-15', '2026-12-15', '2027-01-15', '2027-02-15', '2027-03-15', '2099-12-15'];
  for (const [index, expectedCloseOn] of closes.entries()) {
    await rpc('deals.create', {
      title: `Прогноз ${index} ${Date.now()}`,
      pipelineId: DEFAULT_PIPELINE.id,
      valueMinor: (index + 1) * 987_654_321_00,
      expectedCloseOn,
    });
  }
  await page.goto('/#/analytics');
  const chart = page.getByTestId('analytics-chart-forecast');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg text').filter({ hasText: 'дек. 2099' })).toBeVisible();
  await chart.screenshot({ path: 'test-results/screenshots/analytics-forecast-ru.png' });
  const collisions = await chart.locator('svg text').evaluateAll((texts) => {
    const boxes = texts
      // A turned label's box is a loose square around it: only level labels are compared.
      .filter((text) => Math.abs((text as SVGTextElement).transform.baseVal.consolidate()?.matrix.b ?? 0) < 0.01)
      .filter((text) => getComputedStyle(text).display !== 'none' && text.getAttribute('opacity') !== '0')
      .map((text) => ({ label: text.textContent ?? '', box: text.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0);
    return boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter(
          ({ box: b }) =>
            a.box.left < b.right - 1 &&
            b.left < a.box.right - 1 &&
            a.box.top < b.bottom - 1 &&
            b.top < a.box.bottom - 1,
        )
        .map((b) => `${a.label} × ${b.label}`),
    );
  });
  expect(collisions).toEqual([]);
});

test.describe('on a seeded workspace', () => {
  let host: RunningHost;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    host = await startHost({ prepareDb: (dbPath) => copySeededDb({ deals: 1000, seed: 7 }, dbPath) });
    await (
      await createRpc(host.url)
    )('settings.set', { 'ui.language': 'ru' });
  });

  test.afterAll(async () => {
    await host.stop();
  });

  test('the Analytics leaderboard keeps its numbers apart, right-aligned, without a scrollbar (ru and en)', async ({
    page,
  }) => {
    const rpc = await createRpc(host.url);
    // Last month: a whole month of wins and revenue; one rated demo brings the twelfth column.
    const now = new Date();
    const from = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
    const month = new Date(from).toISOString().slice(0, 7);
    const demos = await rpc('activities.list', { types: ['demo'], from, to: from + 27 * 86_400_000, limit: 1 });
    await rpc('activities.review', { id: demos.rows[0]!.id, score: 4 });
    const board = page.getByTestId('rep-leaderboard');
    const emails = board.locator('thead').getByText('E-mails', { exact: true });
    for (const language of ['ru', 'en'] as const) {
      await rpc('settings.set', { 'ui.language': language });
      await page.goto(`${host.url}#/analytics?period=${month}`);
      // The same address again is no reload: the page turns English when the settings change reaches it.
      if (language === 'en') await expect(emails).toBeVisible();
      await expect(board.locator('thead th')).toHaveCount(12);
      await expect(board.locator('tbody td.numeric').first()).toHaveCSS('text-align', 'right');
      await board.scrollIntoViewIfNeeded();
      await board.screenshot({ path: `test-results/screenshots/analytics-leaderboard-${language}-1280x720.png` });
      expect(await overflowsOf(page.locator('.analytics-table-wrap').filter({ has: board }))).toEqual([0]);
      // A header breaks between words only: "E-mails" was cut at its hyphen into «E-» and «mails».
      if (language === 'en') expect((await emails.boundingBox())!.height).toBeLessThan(20);
      // The room between one number's end and the next one's start, in every row.
      const cramped = await board.locator('tbody tr').evaluateAll((rows) =>
        rows.flatMap((row) => {
          const texts = [...row.querySelectorAll('td')].map((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return { text: cell.textContent ?? '', box: range.getBoundingClientRect() };
          });
          return texts.slice(1).flatMap((next, i) => {
            const gap = Math.round(next.box.left - texts[i]!.box.right);
            return gap < 16 ? [`${texts[i]!.text} | ${next.text}: ${gap} px`] : [];
          });
        }),
      );
      expect(cramped, language).toEqual([]);
    }
  });

  test('the report’s managers table fits the page and breaks names between words', async ({ page }) => {
    await page.goto(`${host.url}#/reports`);
    const reps = page.getByTestId('report-reps');
    await expect(reps.getByRole('rowheader').first()).toBeVisible();
    expect(await overflowsOf(reps.locator('.report-table-wrap'))).toEqual([0]);
    // Each name's column is at least as wide as its longest word, so «Валентиновна» stays whole.
    const cramped = await reps.getByRole('rowheader').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        cell.append(probe);
        const words = (cell.textContent ?? '').split(/\s+/).filter((word) => {
          probe.textContent = word;
          return probe.offsetWidth > cell.clientWidth - 16;
        });
        probe.remove();
        return words;
      }),
    );
    expect(cramped).toEqual([]);
  });
});

test('a records page keeps one rhythm: the saved views row sits as far from the filters as from the toolbar', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  for (const [hash, filters] of [
    ['/#/deals', 'Фильтры'],
    ['/#/companies', 'Фильтры'],
  ] as const) {
    await page.goto(hash);
    const toolbar = page.locator('.list-page .toolbar');
    const views = page.getByTestId('saved-views');
    const filterRow = page.getByRole('group', { name: filters });
    await expect(filterRow).toBeVisible();
    const [top, middle, bottom] = await Promise.all([toolbar, views, filterRow].map((box) => box.boundingBox()));
    const above = middle!.y - (top!.y + top!.height);
    const below = bottom!.y - (middle!.y + middle!.height);
    expect(Math.abs(below - above), `${hash}: ${above} px above the views, ${below} px below`).toBeLessThanOrEqual(1);
  }
});

/** The five records pages, in each language: `check` gets the page loaded and a label for its failures. */
const eachRecordsPage = async (page: Page, rpc: Rpc, check: (where: string) => Promise<void>) => {
  for (const language of ['ru', 'en'] as const) {
    await rpc('settings.set', { 'ui.language': language });
    for (const hash of ['/#/deals', '/#/companies', '/#/contacts', '/#/leads', '/#/activities/all']) {
      await page.goto(hash);
      await page.reload();
      await check(`${language} ${hash}`);
    }
  }
};

test('the records tables show each column header whole at 1280 px (ru and en)', async ({ page, rpc }) => {
  await eachRecordsPage(page, rpc, async (where) => {
    const headers = page.locator('.data-table th .header-text');
    await expect(headers.first()).toBeVisible();
    expect(await cutHeaders(headers), where).toEqual([]);
  });
});

/**
 * Header labels with a word wider than their box: it is cut with an ellipsis, which scrollWidth
 * does not show (a header of several words may take two lines).
 */
const cutHeaders = (headers: Locator) =>
  headers.evaluateAll((elements) =>
    elements.flatMap((element) => {
      const style = getComputedStyle(element);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return [];
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = element.textContent ?? '';
      const room = element.getBoundingClientRect().width + 0.01;
      return text.split(/\s+/).some((word) => context.measureText(word).width > room) ? [text] : [];
    }),
  );

test('the records pages’ filters show each select’s whole default choice at 1280 px (ru and en)', async ({
  page,
  rpc,
}) => {
  await eachRecordsPage(page, rpc, async (where) => {
    const selects = page.locator('.list-page .filters select');
    await expect(selects.first()).toBeVisible();
    expect(await cutOffSelects(selects), where).toEqual([]);
  });
});
