import type { Page } from '@playwright/test';

/**
 * Clicks `clickSelector` in the page and returns the ms until `readyExpression` (a JavaScript
 * expression evaluated in the page) holds and the next frame has started, i.e. the result is on
 * screen. Measured inside the page, so Playwright's own round trips are not counted. The script is
 * a string because tsx would wrap named functions in a helper the page does not have.
 */
export const timeAction = (page: Page, clickSelector: string, readyExpression: string): Promise<number> =>
  page.evaluate(`new Promise((resolve, reject) => {
    const target = document.querySelector(${JSON.stringify(clickSelector)});
    if (!target) return reject(new Error('nothing to click: ' + ${JSON.stringify(clickSelector)}));
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
      reject(new Error('not ready after 5 s at ' + location.hash + ': ' + ${JSON.stringify(readyExpression)}));
    }, 5000);
    target.click();
    check();
  })`);
