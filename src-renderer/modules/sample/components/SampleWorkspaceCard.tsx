import type { WorkspaceStatus } from '@shared/contract/workspaceSwitch';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceSwitch } from '../hooks/useWorkspaceSwitch';
import { ensureSampleMessages } from '../utils/ensureSampleMessages';
import { switchWorkspace } from '../utils/switchWorkspace';
import { SwitchingOverlay } from './SwitchingOverlay';
import './SampleWorkspace.css';

/**
 * Settings → Sample workspace: open it (in the UI's language), go back, or start it over with
 * fresh data once it exists. The host says which is open and which samples exist.
 */
export const SampleWorkspaceCard = () => {
  const { t, i18n } = useTranslation();
  ensureSampleMessages(i18n);
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  const { switching, openSample, backToOwn } = useWorkspaceSwitch();
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);

  useEffect(() => {
    let live = true;
    switchWorkspace({ action: 'status' }).then(
      (answer) => live && setStatus(answer),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const inSample = status?.open === 'sample';
  const sampleExists = inSample || (status?.samples.includes(language) ?? false);
  return (
    <section className="card sample-card" aria-labelledby="sample-card-title" data-testid="sample-card">
      <header className="card-header">
        <h2 id="sample-card-title">{t('sample.cardTitle')}</h2>
      </header>
      <div className="card-body sample-card-body">
        <p className="muted">{t('sample.cardLead')}</p>
        {inSample ? <p className="sample-card-open">{t('sample.cardOpen')}</p> : null}
        <div className="sample-card-actions">
          {inSample ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void backToOwn()}
              disabled={switching !== null}
            >
              {t('sample.back')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void openSample()}
              disabled={switching !== null}
            >
              {t('sample.open')}
            </button>
          )}
          {sampleExists ? (
            <button
              type="button"
              className="button"
              onClick={() => void openSample(true)}
              disabled={switching !== null}
            >
              {t('sample.fresh')}
            </button>
          ) : null}
        </div>
        {sampleExists ? <p className="muted sample-card-hint">{t('sample.freshHint')}</p> : null}
      </div>
      <SwitchingOverlay to={switching} />
    </section>
  );
};
