import type { Settings } from '@shared/contract/schemas/settings';
import { detectLanguage } from '@shared/i18n/detectLanguage';
import { RpcFailure } from '@shared/contract/createClient';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { useSettingsStore } from '../modules/settings/stores/settingsStore';
import { ClientProvider } from '../platform/ClientContext';
import { createI18n } from '../platform/createI18n';
import { loadCatalogue } from '../platform/loadCatalogue';
import { describeError } from '../ui/toasts/describeError';
import { useToastStore } from '../ui/toasts/toastStore';
import { App } from './App';
import type { EarlyStart } from './startEarly';

// Only an encrypted workspace without its key at hand needs it: its code and words load then.
const UnlockScreen = lazy(() =>
  import('../modules/security/components/UnlockScreen').then((module) => ({ default: module.UnlockScreen })),
);

/** The host serves an encrypted workspace locked (no key at hand): the page asks for the passphrase. */
const isLocked = (error: unknown): boolean =>
  error instanceof RpcFailure && error.error.code === 'DB_ENCRYPTED' && error.error.params?.reason === 'key_required';

/**
 * Renders the app once the saved settings are in (so the first paint is already in the saved
 * language) and the first page's code is (so it renders at once, without suspending). A core that
 * cannot be reached still gets a rendered app with an error toast.
 */
export const bootstrap = async (root: HTMLElement, early: EarlyStart): Promise<void> => {
  const { client, guessed } = early;
  let settings: Settings | null = null;
  let failure: unknown = null;
  try {
    settings = await early.settings;
    useSettingsStore.getState().setSettings(settings);
  } catch (error) {
    failure = error;
  }
  const language = detectLanguage(settings?.['ui.language'], navigator.language);
  const i18n = createI18n(language, await (language === guessed.language ? guessed.messages : loadCatalogue(language)));
  await early.firstPage;
  if (isLocked(failure)) {
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <Suspense fallback={null}>
            <UnlockScreen />
          </Suspense>
        </I18nextProvider>
      </StrictMode>,
    );
    return;
  }
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
