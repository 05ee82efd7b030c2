import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportLog } from './ImportLog';
import { ImportWizard } from './ImportWizard';
import { ensureImportsMessages } from '../utils/ensureImportsMessages';

/** Settings → Import: opens the wizard, and lists past imports with their undo. */
export const ImportCard = () => {
  const { t, i18n } = useTranslation();
  ensureImportsMessages(i18n);
  const [open, setOpen] = useState(false);
  return (
    <section className="card import-card" aria-labelledby="import-title" data-testid="import-card">
      <header className="card-header backup-header">
        <div className="setting-text">
          <h2 id="import-title">{t('imports.wizard.cardTitle')}</h2>
          <p className="muted">{t('imports.wizard.cardDescription')}</p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
          {t('imports.wizard.open')}
        </button>
      </header>
      <ImportLog />
      <ImportWizard open={open} onClose={() => setOpen(false)} />
    </section>
  );
};
