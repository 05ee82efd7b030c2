import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card, column } from './support/boardPage';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';

/** Records on the window whether a page's loading fallback was ever put on screen. */
const watchPageFallback = (page: Page) =>
  page.addInitScript(() => {
    const flags = { fallbackSeen: false };
    (window as unknown as { pageFlags: typeof flags }).pageFlags = flags;
    new MutationObserver(() => {
      if (document.querySelector('.page-loading')) flags.fallbackSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });

const fallbackSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { pageFlags: { fallbackSeen: boolean } }).pageFlags.fallbackSeen);

/**
 * What the board loads on demand after its first paint (issue 14): zod, with the first push event
 * and the first form that validates. The page's CSP forbids eval; zod, loaded late, must still
 * not probe for it (the probe is a CSP violation even though zod catches the refusal).
 */
let ws: BoardWorkspace;

test.use({ viewport: { width: 1680, height: 940 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
});

test.afterAll(async () => {
  await ws.host.stop();
});

test('push events and quick add work with zod loaded on demand, and nothing breaks the CSP', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const tag = `Позже ${Date.now()}`;
  await page.goto(`${ws.host.url}#/pipeline`);
  const contract = column(page, 'contract');
  await expect(contract.getByTestId('stage-count')).not.toBeEmpty();

  // A change made elsewhere reaches the board as the first push event: its parser loads then.
  await seedBoardDeals(ws.rpc, [{ title: `${tag} снаружи`, valueMinor: 42_00, stageKey: 'contract' }]);
  await expect(card(contract, `${tag} снаружи`)).toBeVisible();

  // Quick add checks the title with the contract's schema, loaded when the form first opens.
  const qualification = column(page, 'qualification');
  await qualification.getByRole('button', { name: 'Быстро добавить сделку в «Квалификация»' }).click();
  const form = qualification.getByTestId('quick-add');
  const title = form.getByRole('textbox', { name: 'Название новой сделки на этапе «Квалификация»' });
  await title.press('Enter');
  await expect(form.getByRole('alert')).toHaveText('Обязательное поле');
  await title.fill(`${tag} быстро`);
  await title.press('Enter');
  await expect(card(qualification, `${tag} быстро`)).toBeVisible();

  expect(await violations()).toEqual([]);
});

/*
 * A page that suspends shows its fallback, and React 19 then holds the page back until 300 ms after
 * the fallback showed however soon its code arrives. The first screen waits for its page's code
 * before the first render, so it never shows the fallback. A page opened later shows a plain
 * placeholder (not a Suspense fallback) until its code is in: bench:ui holds its first open to
 * a budget below that 300 ms.
 */
test('the first page renders without a loading placeholder; a page whose code is on its way shows one, then itself', async ({
  page,
}) => {
  await watchPageFallback(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/ActivitiesRoute-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${ws.host.url}#/pipeline`);
  const contract = column(page, 'contract');
  await expect(contract.getByTestId('stage-count')).not.toBeEmpty();
  expect(await fallbackSeen(page)).toBe(false);

  await page.getByRole('navigation').getByRole('link', { name: 'Дела' }).click();
  await expect(page.locator('.page-loading')).toBeAttached();
  await expect(contract).toBeHidden();
  release();
  await expect(page.getByRole('link', { name: 'Все дела' })).toBeVisible();
  await expect(page.locator('.page-loading')).toHaveCount(0);
});
