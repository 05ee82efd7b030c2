import type { Page } from '@playwright/test';

/** The method a page's `POST /rpc` body calls, if it is one. */
export const rpcMethodOf = (postData: string | null): string | undefined => {
  try {
    return (JSON.parse(postData ?? 'null') as { method?: string } | null)?.method;
  } catch {
    return undefined;
  }
};

export type HeldCalls = {
  /** From now on the page's calls of the method wait on their way to the core. */
  hold(): void;
  /** Only the page's next call of the method waits; the ones after it go straight through. */
  holdNext(): void;
  /** Lets the waiting calls (and later ones) through. */
  release(): void;
  /** How many calls of the method the core has answered so far. */
  answered(): number;
};

/**
 * Holds the page's RPC calls of one method back while `hold` is on: a test then makes a second
 * change while the first one's answer, or the reload after it, is still on its way (the order in
 * which requests travel is not fixed, so the race is forced rather than left to chance).
 */
export const holdCalls = async (page: Page, method: string): Promise<HeldCalls> => {
  let gate: Promise<void> | null = null;
  let onlyNext = false;
  let open = () => {};
  let answered = 0;
  page.on('response', (response) => {
    if (response.url().endsWith('/rpc') && rpcMethodOf(response.request().postData()) === method) answered += 1;
  });
  await page.route('**/rpc', async (route) => {
    const waiting = rpcMethodOf(route.request().postData()) === method ? gate : null;
    if (waiting && onlyNext) gate = null;
    if (waiting) await waiting;
    // On to the next handler (another method's hold), or to the host when there is none.
    await route.fallback();
  });
  const hold = () => {
    onlyNext = false;
    gate ??= new Promise((resolve) => {
      open = resolve;
    });
  };
  return {
    hold,
    holdNext() {
      hold();
      onlyNext = true;
    },
    release() {
      gate = null;
      open();
    },
    answered: () => answered,
  };
};
