import type { Locator, Page } from '@playwright/test';
import { format } from 'date-fns';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { itemsBefore } from './support/itemsBefore';

/**
 * A walk at 1280×720 with odd values: 200-character names took a dozen lines wherever they
 * showed, and a nine-digit revenue made the leaderboard scroll sideways.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const shot = (name: string) => `test-results/screenshots/walk22-${name}-1280x720.png`;

/** 200 characters of words, as a pasted name reads; `tag` keeps each test's apart. */
const longName = (start: string, tag: string) =>
  `${start} ${tag} ${'поставка оборудования и комплектующих для цеха '.repeat(5)}`.slice(0, 200).trim();

/**
 * Every element showing the name (its first 40 characters) in `scope` that takes more than
 * `lines` lines, or whose whole name is in no title of it or its ancestors: what a reader can't
 * see and can't reach.
 */
const longNameProblems = (scope: Locator, name: string, lines: number) =>
  scope.evaluate(
    (root, [name, lines]) => {
      const start = name.slice(0, 40);
      const shown = [...root.querySelectorAll<HTMLElement>('*')].filter(
        (element) =>
          element.getClientRects().length > 0 &&
          [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes(start)),
      );
      return shown.flatMap((element) => {
        const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 20;
        const taken = Math.round(element.getBoundingClientRect().height / lineHeight);
        const titled = element.closest(`[title]`)?.getAttribute('title') === name;
        const where = `${element.tagName.toLowerCase()}.${element.className}`;
        return [...(taken > lines ? [`${where}: ${taken} lines`] : []), ...(titled ? [] : [`${where}: no title`])];
      });
    },
    [name, lines] as const,
  );

const expectClamped = async (page: Page, scope: Locator, name: string, lines: number, shotName: string) => {
  const shown = scope.getByText(name.slice(0, 40)).first();
  await expect(shown).toBeVisible();
  await shown.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot(shotName), animations: 'disabled' });
  expect(await longNameProblems(scope, name, lines), shotName).toEqual([]);
};

test('a 200-character deal title, company and contact name take three lines at most, whole in a title', async ({
  page,
  rpc,
}) => {
  test.setTimeout(60_000);
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = Date.now().toString(36);
  const companyName = longName('ООО', tag);
  const contactName = longName('Иван', tag);
  const title = longName('Сделка', tag);
  const { company } = await rpc('companies.create', { name: companyName });
  const { contact } = await rpc('contacts.create', { name: contactName, companyId: company.id });
  const deal = await rpc('deals.create', {
    title,
    valueMinor: 150_000_00,
    pipelineId: DEFAULT_PIPELINE.id,
    stageId: DEFAULT_STAGES[0]!.id,
    companyId: company.id,
    contactId: contact.id,
  });
  const main = page.locator('main');

  // The workspace is shared with the file's other tests: the search keeps this test's records on screen.
  const q = `?q=${encodeURIComponent(tag)}`;
  await page.goto(`/#/pipeline${q}`);
  const card = page.getByTestId('deal-card').filter({ hasText: tag });
  await expectClamped(page, card, title, 2, 'board-card');
  await expectClamped(page, card, companyName, 1, 'board-card');

  await card.click();
  const drawer = page.getByRole('dialog');
  await expectClamped(page, drawer, title, 3, 'deal-drawer');
  await expectClamped(page, drawer, companyName, 3, 'deal-drawer');
  await expectClamped(page, drawer, contactName, 3, 'deal-drawer');
  await page.keyboard.press('Escape');

  await page.goto(`/#/deals${q}`);
  await expectClamped(page, main, title, 3, 'deals-table');
  await page.goto(`/#/companies${q}`);
  await expectClamped(page, main, companyName, 3, 'companies-table');
  await page.goto(`/#/contacts${q}`);
  await expectClamped(page, main, contactName, 3, 'contacts-table');
  await page.goto(`/#/companies/${company.id}`);
  await expectClamped(page, main, companyName, 3, 'company-page');
  await expectClamped(page, main, title, 3, 'company-page');
  await expectClamped(page, main, contactName, 3, 'company-page');
  await page.goto(`/#/contacts/${contact.id}`);
  await expectClamped(page, main, contactName, 3, 'contact-page');
  await expectClamped(page, main, companyName, 3, 'contact-page');
  expect(deal.title).toBe(title);
});

test('a 100-character loss reason in the report preview takes two lines at most, whole in a title', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = Date.now().toString(36);
  const name = longName('Причина', tag).slice(0, 100).trim();
  const reason = await rpc('lossReasons.create', { name });
  const deal = await rpc('deals.create', { title: `Проигранная ${tag}`, pipelineId: DEFAULT_PIPELINE.id });
  await rpc('deals.lose', { id: deal.id, lossReasonId: reason.id });
  // The page opens on the last full week; the loss is this week's.
  await page.goto(`/#/reports?week=${format(new Date(), "RRRR-'W'II")}`);
  await expectClamped(page, page.getByTestId('report-lossReasons'), name, 2, 'report-loss-reasons');
});

test('a nine-digit revenue keeps the rep leaderboard without a sideways scroll, the exact sum in its title', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru', 'workspace.currency': 'RUB' });
  const contract = DEFAULT_STAGES.find((stage) => stage.key === 'contract')!;
  const deal = await rpc('deals.create', {
    title: `Крупная поставка ${Date.now()}`,
    // Not the analytics walk's 123 456 789,50 (the same worker's host may hold that win too): the
    // sum of both still has kopecks to show.
    valueMinor: 12_345_678_951,
    currency: 'RUB',
    pipelineId: DEFAULT_PIPELINE.id,
    stageId: contract.id,
    checkedControlPointIds: itemsBefore('retention'),
  });
  await rpc('deals.win', { id: deal.id });
  await page.goto('/#/analytics');
  const board = page.getByTestId('rep-leaderboard');
  await board.scrollIntoViewIfNeeded();
  const revenue = board.locator('tbody tr').first().locator('td').nth(6).getByRole('button');
  await expect(revenue).toHaveText(/^\d{3}(,\d)?\sмлн\s₽$/);
  const exact = await revenue.getAttribute('title');
  expect(exact).toMatch(/^\d{3}(\s\d{3}){2},\d{2}\s₽$/);
  await page.screenshot({ path: shot('analytics-leaderboard'), animations: 'disabled' });
  const wrap = page.locator('.analytics-table-wrap').filter({ has: board });
  expect(await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
});
