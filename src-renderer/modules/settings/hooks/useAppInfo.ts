import type { AppInfo } from '@shared/contract/schemas/app';
import { useEffect } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useReportLoadError } from '../../../ui/toasts/useReportLoadError';
import { useSettingsStore } from '../stores/settingsStore';

/** `app.info`, fetched once per session (it cannot change while the app runs). */
export const useAppInfo = (): AppInfo | null => {
  const client = useClient();
  const reportError = useReportLoadError();
  const appInfo = useSettingsStore((state) => state.appInfo);
  const setAppInfo = useSettingsStore((state) => state.setAppInfo);
  const loaded = appInfo !== null;
  useEffect(() => {
    if (!loaded) client.call('app.info').then(setAppInfo, reportError);
  }, [client, loaded, setAppInfo, reportError]);
  return appInfo;
};
