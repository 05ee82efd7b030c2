import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { switchLanguage } from '../../../platform/switchLanguage';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportLoadError } from '../../../ui/toasts/useReportLoadError';
import { useSettingsStore } from '../stores/settingsStore';

/**
 * Keeps the settings store fresh (another window or the CLI may change them) and the UI language
 * in step with `ui.language`. Mounted once, by the app shell.
 */
export const useSettingsSync = (): void => {
  const client = useClient();
  const { i18n } = useTranslation();
  const reportError = useReportLoadError();
  const setSettings = useSettingsStore((state) => state.setSettings);
  const language = useSettingsStore((state) => state.settings?.['ui.language'] ?? null);

  const reload = useCallback(() => {
    client.call('settings.get').then(setSettings, reportError);
  }, [client, setSettings, reportError]);
  useTablesChanged(['settings'], reload);

  useEffect(() => {
    if (language && language !== i18n.language) void switchLanguage(i18n, language);
  }, [language, i18n]);
};
