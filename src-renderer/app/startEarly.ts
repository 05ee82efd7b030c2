import { type Client, createClient } from '@shared/contract/createClient';
import type { Language } from '@shared/contract/schemas/common';
import type { Settings } from '@shared/contract/schemas/settings';
import { detectLanguage } from '@shared/i18n/detectLanguage';
import type { Messages } from '@shared/i18n/Messages';
import { primeBoard } from '../modules/board/utils/primeBoard';
import { USERS_INPUT } from '../modules/users/utils/usersInput';
import { primedCalls } from '../platform/data/primedCalls';
import { zodJitless } from '../platform/zodJitless';
import { detectTransport } from '../platform/detectTransport';
import { loadCatalogue } from '../platform/loadCatalogue';
import { screenFromHash } from './pages';
import { PAGE_VIEWS } from './pageViews';

/** How long the first paint waits for the saved language before using the browser's. */
const SETTINGS_WAIT_MS = 2000;

/**
 * How long the first render waits for the first page's code. Rendered before it is in, the page
 * suspends, its boundary shows the fallback, and React 19 then holds the page back until 300 ms
 * after the fallback showed: on the board that was a main thread idle for 200–300 ms with the
 * cards' data already at hand. A download that hangs still gets the window painted.
 */
const FIRST_PAGE_WAIT_MS = 2000;

/** What the window has under way when the app's code (React, the shell) starts running. */
export type EarlyStart = {
  client: Client;
  /** The saved settings, or a failure (the core unreachable, or slower than SETTINGS_WAIT_MS). */
  settings: Promise<Settings>;
  /** The catalogue of the language the browser's locale suggests. */
  guessed: { language: Language; messages: Promise<Messages> };
  /** Settles when the first page's code is in (or failed to come), or after FIRST_PAGE_WAIT_MS. */
  firstPage: Promise<void>;
};

/** Marked handled: an early promise may be dropped (a guess that was wrong); its user awaits it. */
const quiet = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined);
  return promise;
};

const loadSettings = (client: Client): Promise<Settings> =>
  Promise.race([
    client.call('settings.get'),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('settings.get timed out')), SETTINGS_WAIT_MS)),
  ]);

/**
 * The first thing the window runs, from a small entry chunk, before React and the shell are
 * evaluated: picks the transport and sends the first screen's requests (settings, users, the
 * board), and starts downloading the first page's code and the likely language, all at once.
 */
export const startEarly = (window: Window): EarlyStart => {
  // The CSP forbids eval: zod (loaded later, with the first form) must not probe for it.
  zodJitless(window);
  const first = screenFromHash(window.location.hash);
  const { transport } = detectTransport(window);
  const client = createClient(transport);
  // The requests leave first: the page's preload inserts a <link rel="modulepreload"> per chunk it
  // imports (~20), which took 50–60 ms of this task on the two-core laptop before the board call left.
  const settings = quiet(loadSettings(client));
  primedCalls.prime(client, 'users.list', USERS_INPUT);
  if (first.heading === 'pipeline') primeBoard(client);
  const language = detectLanguage(null, window.navigator.language);
  const messages = quiet(loadCatalogue(language));
  const page = (first.page && PAGE_VIEWS[first.page]?.preload()) || Promise.resolve();
  const firstPage = Promise.race([page, new Promise<void>((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS))]);
  return { client, settings, guessed: { language, messages }, firstPage };
};
