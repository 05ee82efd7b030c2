import type { Page } from '@playwright/test';
import { rpcMethodOf } from './holdCalls';

export type HeldAnswers = {
  /** From now on the page's calls of the method reach the core at once, but their answers wait. */
  hold(): void;
  /** Lets the waiting answers (and later ones) through. */
  release(): void;
  /** How many answers wait now. */
  held(): number;
};

/**
 * Holds back the core's answers to the page's calls of one method: the call is read by the core
 * when it is made, and answered only on `release`. A reload sent before a change and answered after
 * it (two requests travel apart) is then forced rather than left to chance: what the page does with
 * an answer older than a write it has already seen answered.
 */
export const holdAnswers = async (page: Page, method: string): Promise<HeldAnswers> => {
  let gate: Promise<void> | null = null;
  let open = () => {};
  let held = 0;
  await page.route('**/rpc', async (route) => {
    const waiting = rpcMethodOf(route.request().postData()) === method ? gate : null;
    if (!waiting) return route.fallback();
    const response = await route.fetch();
    held += 1;
    await waiting;
    held -= 1;
    await route.fulfill({ response });
  });
  return {
    hold() {
      gate ??= new Promise((resolve) => {
        open = resolve;
      });
    },
    release() {
      gate = null;
      open();
    },
    held: () => held,
  };
};
