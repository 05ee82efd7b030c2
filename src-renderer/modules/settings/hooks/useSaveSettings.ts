import type { Settings } from '@shared/contract/schemas/settings';
import { useCallback } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useSettingsStore } from '../stores/settingsStore';

/** Saves a settings patch; resolves true when stored, false after showing the error. */
export const useSaveSettings = (): ((patch: Partial<Settings>) => Promise<boolean>) => {
  const client = useClient();
  const reportError = useReportError();
  const setSettings = useSettingsStore((state) => state.setSettings);
  return useCallback(
    async (patch) => {
      try {
        setSettings(await client.call('settings.set', patch));
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [client, reportError, setSettings],
  );
};
