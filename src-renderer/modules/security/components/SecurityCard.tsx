import type { WorkspaceStatus } from '@shared/contract/workspaceSwitch';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useEncryption } from '../hooks/useEncryption';
import { ensureSecurityMessages } from '../utils/ensureSecurityMessages';
import { EncryptionWorking } from './EncryptionWorking';
import { PassphraseForm } from './PassphraseForm';
import './Security.css';

type Open = 'encrypt' | 'change' | 'decrypt' | null;

const stateKey = (status: WorkspaceStatus): string => {
  if (!status.encrypted) return 'security.stateOff';
  if (status.keychain === null) return 'security.stateHost';
  return status.keeping === 'keychain' ? 'security.stateKeychain' : 'security.statePassphrase';
};

const DONE = { encrypt: 'security.encrypted', change: 'security.changed', decrypt: 'security.decrypted' } as const;

/**
 * Settings → Security: whether the workspace is encrypted and how its key is kept; encrypt it,
 * change its passphrase or decrypt it. The host does the work on its own file (the page names
 * none) and keeps serving the old file when anything fails.
 */
export const SecurityCard = () => {
  const { t, i18n } = useTranslation();
  ensureSecurityMessages(i18n);
  const push = useToastStore((state) => state.push);
  const { status, working, run } = useEncryption();
  const [open, setOpen] = useState<Open>(null);
  const sample = status?.open === 'sample';

  const done = (mode: Exclude<Open, null>) => () => {
    setOpen(null);
    push({ tone: 'success', message: t(DONE[mode]) });
  };

  return (
    <section className="card security-card" aria-labelledby="security-card-title" data-testid="security-card">
      <header className="card-header">
        <h2 id="security-card-title">{t('security.cardTitle')}</h2>
      </header>
      <div className="card-body security-card-body">
        <p className="muted">{t('security.cardLead')}</p>
        {status === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <p className="security-state" data-encrypted={status.encrypted} data-testid="security-state">
            <Icon name={status.encrypted ? 'lock' : 'info'} className="security-state-icon" size={18} />
            {t(stateKey(status))}
          </p>
        )}
        {sample ? <p className="muted">{t('security.sampleOpen')}</p> : null}
        {status !== null && !sample && open === null ? (
          <div className="security-actions">
            {status.encrypted ? (
              <>
                <button type="button" className="button" onClick={() => setOpen('change')}>
                  {t('security.change')}
                </button>
                <button type="button" className="button" onClick={() => setOpen('decrypt')}>
                  {t('security.decrypt')}
                </button>
              </>
            ) : (
              <button type="button" className="button button-primary" onClick={() => setOpen('encrypt')}>
                {t('security.encrypt')}
              </button>
            )}
          </div>
        ) : null}
        {status !== null && open !== null ? (
          <PassphraseForm
            key={open}
            mode={open}
            status={status}
            run={run}
            onDone={done(open)}
            onCancel={() => setOpen(null)}
          />
        ) : null}
      </div>
      <EncryptionWorking work={working} />
    </section>
  );
};
