import type { Page } from '@playwright/test';

type Gate = { hold(): void; release(): void };

/**
 * Holds the page's push events (the host's `/events` stream) while `hold` is on, and hands them
 * over in their order on `release`: the stream is a connection of its own, so a change's event may
 * reach the page well after the change's answer. Call before the page loads (it wraps EventSource).
 */
export const holdPushEvents = async (page: Page) => {
  await page.addInitScript(() => {
    let holding = false;
    const waiting: (() => void)[] = [];
    class HeldEventSource extends EventSource {
      override get onmessage() {
        return super.onmessage;
      }
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage =
          handler &&
          ((event: MessageEvent) => {
            if (holding) waiting.push(() => handler.call(this, event));
            else handler.call(this, event);
          });
      }
    }
    const gate: Gate = {
      hold: () => {
        holding = true;
      },
      release: () => {
        holding = false;
        for (const deliver of waiting.splice(0)) deliver();
      },
    };
    Object.assign(window, { EventSource: HeldEventSource, pushEventsGate: gate });
  });
  const gate = (action: keyof Gate) =>
    page.evaluate((name) => (window as unknown as { pushEventsGate: Gate }).pushEventsGate[name](), action);
  return { hold: () => gate('hold'), release: () => gate('release') };
};
