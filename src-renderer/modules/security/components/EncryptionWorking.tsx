import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { EncryptionWork } from '../hooks/useEncryption';
import './Security.css';

/** Over the whole window while the host rewrites the file: a big workspace takes a while. */
export const EncryptionWorking = ({ work }: { work: EncryptionWork | null }) => {
  const { t } = useTranslation();
  if (work === null) return null;
  return createPortal(
    <div className="security-working">
      <div className="security-working-card" role="status" aria-live="polite" data-testid="encryption-working">
        <span className="security-spinner" aria-hidden="true" />
        <span className="security-working-text">
          <strong>{t(`security.${work}`)}</strong>
          <span className="muted">{t('security.workingHint')}</span>
        </span>
      </div>
    </div>,
    document.body,
  );
};
