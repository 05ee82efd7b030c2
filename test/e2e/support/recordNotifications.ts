import type { Page } from '@playwright/test';

type Shown = { title: string; body: string };

/**
 * Replaces the page's `Notification` with a recorder (headless Chromium shows none of its own).
 * 'granted': allowed from the start; 'ask': 'default' until the page requests it, then granted,
 * and remembered across a reload as a real browser does. Returns what was shown whose title starts
 * with `prefix` (the workspace's other tasks may remind too) and a click on the first such one.
 */
export const recordNotifications = async (page: Page, permission: 'granted' | 'ask', prefix: string) => {
  await page.addInitScript((initial) => {
    const key = 'test.notificationPermission';
    const shown: unknown[] = [];
    class RecordingNotification {
      static get permission() {
        return initial === 'granted' ? 'granted' : (localStorage.getItem(key) ?? 'default');
      }
      static requestPermission() {
        localStorage.setItem(key, 'granted');
        return Promise.resolve('granted');
      }
      onclick: (() => void) | null = null;
      constructor(
        readonly title: string,
        options?: { body?: string },
      ) {
        Object.assign(this, { body: options?.body ?? '' });
        shown.push(this);
      }
      close() {}
    }
    Object.assign(window, { Notification: RecordingNotification, shownNotifications: shown });
  }, permission);
  type Recorded = Shown & { onclick: (() => void) | null };
  return {
    shown: () =>
      page.evaluate(
        (mine) =>
          (window as unknown as { shownNotifications: Recorded[] }).shownNotifications
            .filter(({ title }) => title.startsWith(mine))
            .map(({ title, body }) => ({ title, body })),
        prefix,
      ),
    click: () =>
      page.evaluate((mine) => {
        const { shownNotifications } = window as unknown as { shownNotifications: Recorded[] };
        shownNotifications.find(({ title }) => title.startsWith(mine))?.onclick?.();
      }, prefix),
  };
};
