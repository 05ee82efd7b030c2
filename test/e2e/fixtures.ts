import { test as base, expect } from '@playwright/test';
import { createRpc, type Rpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';

type WorkerFixtures = { host: RunningHost; rpc: Rpc };
type TestFixtures = {
  pageErrors: string[];
  /**
   * 'later' (default): the page starts as if "Later" was pressed on the first-start "Who are you?"
   * dialog this session, so tests about other screens are not covered by it. 'ask' shows it.
   */
  whoAreYou: 'later' | 'ask';
  whoAreYouSession: void;
};

/** The sessionStorage key the renderer's "Later" button sets (modules/users/stores/whoAreYouStore.ts). */
const WHO_ARE_YOU_LATER_KEY = 'voronka.whoAreYou.later';

/**
 * One real host (worker thread core + SQLite file) per Playwright worker; `baseURL` points the
 * page at it and `rpc` talks to the same core directly.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  host: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
    async ({}, use) => {
      const host = await startHost();
      await use(host);
      await host.stop();
    },
    { scope: 'worker', timeout: 30_000 },
  ],
  rpc: [async ({ host }, use) => use(await createRpc(host.url)), { scope: 'worker' }],
  baseURL: async ({ host }, use) => use(host.url),
  whoAreYou: ['later', { option: true }],
  whoAreYouSession: [
    async ({ page, whoAreYou }, use) => {
      if (whoAreYou === 'later')
        await page.addInitScript((key) => sessionStorage.setItem(key, '1'), WHO_ARE_YOU_LATER_KEY);
      await use();
    },
    { auto: true },
  ],
  // Every test also checks that the page logged no error (a CSP violation, a failed request, a crash).
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
