import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useEncryption } from '../hooks/useEncryption';
import { encryptionOfferAnswer } from '../utils/encryptionOfferAnswer';
import { ensureSecurityMessages } from '../utils/ensureSecurityMessages';
import { EncryptionWorking } from './EncryptionWorking';
import { PassphraseForm } from './PassphraseForm';
import './Security.css';

/**
 * In the first-start "Who are you?" dialog of a plain workspace: protect it with encryption now,
 * or not now. Either answer is remembered on this device, so it is asked once; Settings →
 * Security does the same at any time.
 */
export const EncryptionOffer = () => {
  const { t, i18n } = useTranslation();
  ensureSecurityMessages(i18n);
  const push = useToastStore((state) => state.push);
  const { status, working, run } = useEncryption();
  const [answered, setAnswered] = useState(encryptionOfferAnswer.given);
  const [encrypting, setEncrypting] = useState(false);
  if (answered || status === null || status.encrypted || status.open === 'sample') return null;

  const answer = () => {
    encryptionOfferAnswer.remember();
    setAnswered(true);
  };

  return (
    <div className="encryption-offer" data-testid="encryption-offer">
      <div className="encryption-offer-text">
        <h3 title={t('security.offerLead')}>{t('security.offerTitle')}</h3>
      </div>
      {encrypting ? (
        <PassphraseForm
          mode="encrypt"
          status={status}
          run={run}
          onDone={() => {
            answer();
            push({ tone: 'success', message: t('security.encrypted') });
          }}
          onCancel={() => setEncrypting(false)}
        />
      ) : (
        <div className="security-actions">
          <button type="button" className="button button-small" onClick={() => setEncrypting(true)}>
            {t('security.offerYes')}
          </button>
          <button type="button" className="button button-small button-link" onClick={answer}>
            {t('security.offerLater')}
          </button>
        </div>
      )}
      <EncryptionWorking work={working} />
    </div>
  );
};
