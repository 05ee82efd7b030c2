import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useConnectionStore } from '../../../platform/connection/connectionStore';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useWorkspaceSwitch } from '../hooks/useWorkspaceSwitch';
import { ensureSampleMessages } from '../utils/ensureSampleMessages';
import { markWindowTitle } from '../utils/markWindowTitle';
import { SwitchingOverlay } from './SwitchingOverlay';
import './SampleWorkspace.css';

/**
 * While the open file is a sample workspace (the core reads its marker: `app.info`), a banner over
 * every page says so and leads back, and the window title starts with "Sample". Loaded after the
 * first paint; on the user's own workspace it renders nothing.
 */
export const SampleBanner = () => {
  const { t, i18n } = useTranslation();
  ensureSampleMessages(i18n);
  const client = useClient();
  const sample = useSettingsStore((state) => state.appInfo?.sample ?? null);
  const setAppInfo = useSettingsStore((state) => state.setAppInfo);
  const { switching, backToOwn } = useWorkspaceSwitch();

  // A restarted host opens the user's own workspace again: ask once more which file is open.
  const restartedAt = useConnectionStore((state) => (state.recovery?.restarted ? state.recovery.at : null));
  useEffect(() => {
    // Quietly: a core out of reach is the connection banner's to say.
    client.call('app.info').then(setAppInfo, () => undefined);
  }, [client, setAppInfo, restartedAt]);
  const mark = sample ? t('sample.titleMark') : null;
  useEffect(() => (mark === null ? undefined : markWindowTitle(mark)), [mark]);

  if (!sample) return null;
  return (
    <div className="sample-banner" data-testid="sample-banner">
      <strong className="sample-banner-text">{t('sample.banner')}</strong>
      <button
        type="button"
        className="button button-small"
        onClick={() => void backToOwn()}
        disabled={switching !== null}
      >
        {t('sample.back')}
      </button>
      <SwitchingOverlay to={switching} />
    </div>
  );
};
