import { type Client, createClient } from '@shared/contract/createClient';
import type { Settings } from '@shared/contract/schemas/settings';
import { detectLanguage } from '@shared/i18n/detectLanguage';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { z } from 'zod';
import { useSettingsStore } from '../modules/settings/stores/settingsStore';
import { ClientProvider } from '../platform/ClientContext';
import { createI18n } from '../platform/createI18n';
import { loadCatalogue } from '../platform/loadCatalogue';
import { detectTransport } from '../platform/detectTransport';
import { describeError } from '../ui/toasts/describeError';
import { useToastStore } from '../ui/toasts/toastStore';
import { App } from './App';
import { primeBoard } from '../modules/board/utils/primeBoard';
import { USERS_INPUT } from '../modules/users/utils/usersInput';
import { primedCalls } from '../platform/data/primedCalls';
import { screenFromHash } from './pages';
import { PAGE_VIEWS } from './pageViews';

/** How long the first paint waits for the saved language before using the browser's. */
const SETTINGS_WAIT_MS = 2000;

const loadSettings = (client: Client): Promise<Settings> =>
  Promise.race([
    client.call('settings.get'),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('settings.get timed out')), SETTINGS_WAIT_MS)),
  ]);

/**
 * Picks the transport, reads the settings (so the first paint is already in the saved language),
 * then renders. A core that cannot be reached still gets a rendered app with an error toast.
 */
export const bootstrap = async (root: HTMLElement): Promise<void> => {
  // The CSP forbids eval; tell zod not to probe for it (the probe itself is reported as a violation).
  z.config({ jitless: true });
  // The first screen's code downloads while the settings are read, not after the first render.
  const first = screenFromHash(window.location.hash);
  if (first.page) PAGE_VIEWS[first.page]?.preload();
  const { transport } = detectTransport(window);
  const client = createClient(transport);
  // And its data is asked for now, together, not after a chain of renders.
  primedCalls.prime(client, 'users.list', USERS_INPUT);
  if (first.heading === 'pipeline') primeBoard(client);
  // The catalogue of the likely language downloads while the saved one is read.
  const guessed = detectLanguage(null, navigator.language);
  const guessedCatalogue = loadCatalogue(guessed);
  // Marked handled: it is awaited below only when it is the language shown.
  guessedCatalogue.catch(() => undefined);

  let settings: Settings | null = null;
  let failure: unknown = null;
  try {
    settings = await loadSettings(client);
    useSettingsStore.getState().setSettings(settings);
  } catch (error) {
    failure = error;
  }
  const language = detectLanguage(settings?.['ui.language'], navigator.language);
  const i18n = createI18n(language, await (language === guessed ? guessedCatalogue : loadCatalogue(language)));
  if (failure)
    useToastStore
      .getState()
      .push({ tone: 'error', ...describeError(failure, (key, values) => i18n.t(key, values ?? {})) });

  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ClientProvider client={client}>
          <App />
        </ClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
};
