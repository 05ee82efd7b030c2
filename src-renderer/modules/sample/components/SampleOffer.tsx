import { useTranslation } from 'react-i18next';
import { useWorkspaceSwitch } from '../hooks/useWorkspaceSwitch';
import { ensureSampleMessages } from '../utils/ensureSampleMessages';
import { SwitchingOverlay } from './SwitchingOverlay';
import './SampleWorkspace.css';

/**
 * In the first-start "Who are you?" dialog: look around a sample workspace (in the UI's language,
 * a separate file) before entering anything of your own.
 */
export const SampleOffer = () => {
  const { t, i18n } = useTranslation();
  ensureSampleMessages(i18n);
  const { switching, openSample } = useWorkspaceSwitch();
  return (
    <div className="sample-offer" data-testid="sample-offer">
      {switching ? (
        <SwitchingOverlay to={switching} inline />
      ) : (
        <>
          <p className="muted">{t('sample.offerLead')}</p>
          <button type="button" className="button" onClick={() => void openSample()}>
            {t('sample.open')}
          </button>
        </>
      )}
    </div>
  );
};
