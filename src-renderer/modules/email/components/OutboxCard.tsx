import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import './Email.css';
import { ensureEmailMessages } from '../utils/ensureEmailMessages';
import { OutboxList } from './OutboxList';

/** Settings → Outbox: every message of the workspace, newest first, with what each still needs. */
export const OutboxCard = () => {
  const { t, i18n } = useTranslation();
  ensureEmailMessages(i18n);
  const items = useLiveQuery('email.outbox.list', { dealId: null }, ['email_outbox', 'deals']).data;
  const smtp = useLiveQuery('email.smtp.get', {}, ['smtp_settings']).data;
  return (
    <section className="card email-card" aria-labelledby="outbox-title" data-testid="outbox-card">
      <header className="email-card-header">
        <h2 id="outbox-title">{t('email.outbox.title')}</h2>
        <p className="muted">{t('email.outbox.hint')}</p>
      </header>
      {!items || !smtp ? (
        <p className="muted email-pad">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted email-pad">{t('email.outbox.empty')}</p>
      ) : (
        <OutboxList items={items} smtpConfigured={smtp.settings !== null} showDeal />
      )}
    </section>
  );
};
