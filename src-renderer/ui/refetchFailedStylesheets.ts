/** Stylesheet links whose download failed, noted as it happens (see watchStylesheetFailures). */
const failed = new Set<HTMLLinkElement>();

const isStylesheet = (target: EventTarget | null): target is HTMLLinkElement =>
  target instanceof HTMLLinkElement && target.rel === 'stylesheet';

/**
 * Notes every stylesheet link that fails to load from now on. Vite's loader adds a lazy chunk's
 * stylesheet as a `<link>` the first time the chunk is imported and never again: in the browser
 * shell one that failed (the host restarting) stays failed, and a part whose code is fetched
 * again when the connection comes back would show unstyled. Called once at start-up.
 */
export const watchStylesheetFailures = (doc: Document): void => {
  // Errors of resources do not bubble: heard in the capture phase.
  doc.addEventListener(
    'error',
    (event) => {
      if (isStylesheet(event.target)) failed.add(event.target);
    },
    true,
  );
};

/**
 * Requests again every stylesheet noted as failed: a copy of each link takes its place (the same
 * spot in the head, so the cascade keeps its order) and loads it. Links still loading are left
 * alone (a loader may be waiting for their events).
 */
export const refetchFailedStylesheets = (): void => {
  for (const link of failed) {
    failed.delete(link);
    if (link.isConnected) link.replaceWith(link.cloneNode());
  }
};
