import { RpcFailure } from '@shared/contract/createClient';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { switchWorkspace } from '../../sample/utils/switchWorkspace';
import { encryptionFailureText } from '../utils/encryptionFailureText';
import { ensureSecurityMessages } from '../utils/ensureSecurityMessages';
import './Security.css';

/** From this many wrong tries on, the host checks each next one more slowly: say so. */
const SLOW_AFTER = 3;

const isWrongPassphrase = (error: unknown) =>
  error instanceof RpcFailure && error.error.params?.reason === 'key_rejected';

/**
 * Shown instead of the app when the workspace is encrypted and the host has no key for it (the
 * browser host started without VORONKA_DB_KEY, the desktop asking at every start). The host opens
 * the file with the passphrase, held in its memory only; then the app starts afresh.
 */
export const UnlockScreen = () => {
  const { t, i18n } = useTranslation();
  ensureSecurityMessages(i18n);
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('security.unlockTitle')} · ${t('app.name')}`;
    document.documentElement.lang = i18n.language;
  }, [i18n.language, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '' || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await switchWorkspace({ action: 'unlock', passphrase });
      window.location.reload();
    } catch (error) {
      setBusy(false);
      setPassphrase('');
      if (isWrongPassphrase(error)) {
        setWrong((count) => count + 1);
        setFailure(t(wrong + 1 >= SLOW_AFTER ? 'security.wrongSlow' : 'security.wrong'));
      } else setFailure(encryptionFailureText(error, t));
    }
  };

  return (
    <div className="unlock-screen" data-testid="unlock-screen">
      <form className="unlock-card" onSubmit={(event) => void submit(event)}>
        <h1>
          <Icon name="lock" className="unlock-icon" size={22} />
          {t('security.unlockTitle')}
        </h1>
        <p className="muted">{t('security.unlockLead')}</p>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-passphrase`}>
            {t('security.unlockLabel')}
          </label>
          <input
            id={`${id}-passphrase`}
            className="input"
            type="password"
            autoComplete="current-password"
            // The page has nothing else to do: the field is where the user starts typing.
            autoFocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            aria-invalid={failure ? 'true' : undefined}
            data-testid="unlock-passphrase"
          />
        </div>
        {failure ? (
          <p className="field-error" role="alert" data-testid="unlock-failure">
            {failure}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={busy || passphrase === ''}>
          {busy ? t('security.unlocking') : t('security.unlock')}
        </button>
      </form>
    </div>
  );
};
