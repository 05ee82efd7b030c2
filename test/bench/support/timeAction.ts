import type { Page } from '@playwright/test';

/**
 * Clicks `clickSelector` as a user does (Playwright's pointer events) and returns the ms from the
 * pointer going down until `readyExpression` (a JavaScript expression evaluated in the page) holds
 * and the next frame has started, i.e. the result is on screen. Both ends are read inside the page,
 * so Playwright's own round trips are not counted. The script is a string because tsx would wrap
 * named functions in a helper the page does not have.
 */
export const timeAction = async (page: Page, clickSelector: string, readyExpression: string): Promise<number> => {
  const timing = page.evaluate(`new Promise((resolve, reject) => {
    addEventListener('pointerdown', () => {
      const start = performance.now();
      let done = false;
      const check = () => {
        if (done || !(${readyExpression})) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => resolve(performance.now() - start));
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('not ready 5 s after the click at ' + location.hash + ': ' + ${JSON.stringify(readyExpression)}));
      }, 5000);
    }, { capture: true, once: true });
  })`);
  await page.click(clickSelector);
  return (await timing) as number;
};
