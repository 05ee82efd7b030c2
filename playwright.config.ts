import { defineConfig } from '@playwright/test';

/**
 * E2E in Debian's Chromium (Playwright cannot download its own browser on these machines)
 * against the real HTTP host on a temp database; see test/e2e/fixtures.ts. `npm test` builds
 * out/ first.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  // Two workers (a host each): the tests wait on the browser and the core more than they compute.
  workers: 2,
  // One retry in CI: on a shared 2-core machine a few UI-timing races fail now and then (Playwright
  // reports them as flaky, so they stay visible); a test that fails twice still fails the run.
  retries: process.env['CI'] ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    // A trace is recorded for every test and thrown away when it passes: on 2 cores that cost CI
    // about a sixth of the suite's CPU (the screencast alone a third of that), for files nobody
    // opens there. CI keeps the failure screenshot; a developer's run keeps the trace without
    // its screencast (DOM snapshots and sources say what went wrong).
    trace: process.env.CI ? 'off' : { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-sandbox',
      ],
    },
  },
});
