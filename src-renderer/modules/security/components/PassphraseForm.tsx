import { PASSPHRASE_MIN_LENGTH, type KeyKeeping, type WorkspaceStatus } from '@shared/contract/workspaceSwitch';
import { passphraseStrength } from '@shared/domain/passphraseStrength';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '../../../ui/form/Field';
import { encryptionFailureText } from '../utils/encryptionFailureText';
import type { useEncryption } from '../hooks/useEncryption';

type Mode = 'encrypt' | 'change' | 'decrypt';

export type PassphraseFormProps = {
  mode: Mode;
  status: WorkspaceStatus;
  run: ReturnType<typeof useEncryption>['run'];
  onDone(status: WorkspaceStatus): void;
  onCancel(): void;
};

const WORK = { encrypt: 'encrypting', change: 'changing', decrypt: 'decrypting' } as const;
const SUBMIT = { encrypt: 'submitEncrypt', change: 'submitChange', decrypt: 'submitDecrypt' } as const;

/**
 * Encrypt (a new passphrase typed twice), change the passphrase (the current one, then the new
 * one twice) or decrypt (the current one). The desktop also asks where the key is kept: its OS
 * keychain, when the computer has one, or nowhere (asked at every start). Checked here for the
 * user's sake; the host checks again.
 */
export const PassphraseForm = ({ mode, status, run, onDone, onCancel }: PassphraseFormProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const keychainAvailable = status.keychain === 'available';
  const [keep, setKeep] = useState<KeyKeeping>(status.keeping ?? (keychainAvailable ? 'keychain' : 'passphrase'));
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const newOne = mode !== 'decrypt';
  const tooShort = newOne && [...passphrase].length < PASSPHRASE_MIN_LENGTH;
  const mismatch = newOne && repeat !== passphrase;
  const currentMissing = mode !== 'encrypt' && current === '';
  const passphraseError = tried && tooShort ? t('security.minLength', { count: PASSPHRASE_MIN_LENGTH }) : undefined;
  const repeatError = tried && !tooShort && mismatch ? t('security.mismatch') : undefined;
  const strength = passphrase === '' ? null : passphraseStrength(passphrase);
  const passphraseHint = strength
    ? t(`security.strength.${strength}`)
    : t('security.minLength', { count: PASSPHRASE_MIN_LENGTH });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    if (tooShort || mismatch || currentMissing) return;
    try {
      const answer = await run(
        WORK[mode],
        mode === 'decrypt'
          ? { action: 'decrypt', current }
          : {
              action: 'encrypt',
              passphrase,
              ...(mode === 'change' ? { current } : {}),
              keep: status.keychain === null ? 'passphrase' : keep,
            },
      );
      onDone(answer);
    } catch (error) {
      setFailure(t('security.failed', { message: encryptionFailureText(error, t) }));
    }
  };

  return (
    <form
      className="security-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid={`security-${mode}`}
    >
      <h3 className="security-form-title">{t(`security.${mode}Title`)}</h3>
      {mode === 'decrypt' ? <p className="muted">{t('security.decryptLead')}</p> : null}
      {mode !== 'encrypt' ? (
        <Field
          id={`${id}-current`}
          label={t('security.current')}
          error={tried && currentMissing ? t('security.reasons.key_rejected') : undefined}
        >
          <input
            id={`${id}-current`}
            className="input"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
            data-testid="security-current"
          />
        </Field>
      ) : null}
      {newOne ? (
        <>
          <Field id={`${id}-new`} label={t('security.passphrase')} error={passphraseError} hint={passphraseHint}>
            <input
              id={`${id}-new`}
              className="input"
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              data-strength={strength ?? undefined}
              data-testid="security-passphrase"
              {...fieldAria(`${id}-new`, passphraseError, passphraseHint)}
            />
          </Field>
          <Field id={`${id}-repeat`} label={t('security.repeat')} error={repeatError}>
            <input
              id={`${id}-repeat`}
              className="input"
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
              data-testid="security-repeat"
              {...fieldAria(`${id}-repeat`, repeatError)}
            />
          </Field>
          {status.keychain !== null ? (
            <fieldset className="security-keep">
              <legend>{t('security.keepTitle')}</legend>
              <label className="checkbox-label">
                <input
                  type="radio"
                  name={`${id}-keep`}
                  checked={keep === 'keychain'}
                  disabled={!keychainAvailable}
                  onChange={() => setKeep('keychain')}
                />
                {t('security.keepKeychain')}
              </label>
              <label className="checkbox-label">
                <input
                  type="radio"
                  name={`${id}-keep`}
                  checked={keep === 'passphrase'}
                  onChange={() => setKeep('passphrase')}
                />
                {t('security.keepPassphrase')}
              </label>
              {keychainAvailable ? null : <p className="muted">{t('security.keychainUnavailable')}</p>}
            </fieldset>
          ) : null}
          <p className="security-warning">{t('security.forgetWarning')}</p>
        </>
      ) : null}
      {failure ? (
        <p className="field-error" role="alert" data-testid="security-failure">
          {failure}
        </p>
      ) : null}
      <div className="security-form-actions">
        <button type="submit" className={mode === 'decrypt' ? 'button button-danger' : 'button button-primary'}>
          {t(`security.${SUBMIT[mode]}`)}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('security.cancel')}
        </button>
      </div>
    </form>
  );
};
