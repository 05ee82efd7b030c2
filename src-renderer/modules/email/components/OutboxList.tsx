import type { OutboxItem } from '@shared/contract/schemas/email';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useEmailError } from '../hooks/useEmailError';
import { mailtoUrl } from '../utils/mailtoUrl';

type Props = { items: OutboxItem[]; smtpConfigured: boolean; showDeal: boolean };

const STATUS_TONE: Record<OutboxItem['status'], string> = {
  queued: 'info',
  sending: 'info',
  sent: 'success',
  failed: 'error',
  unknown: 'warning',
  cancelled: 'muted',
};

/**
 * Messages with their state and what can be done: with no SMTP account a queued message opens in
 * the mail app and is then marked sent; a failed one is sent again or cancelled; one whose outcome
 * is unknown (the app closed mid-send) is checked in the Sent folder and marked.
 */
export const OutboxList = ({ items, smtpConfigured, showDeal }: Props) => {
  const { t } = useTranslation();
  const client = useClient();
  const dates = useDateFormat();
  const errorText = useEmailError();
  const [error, setError] = useState<string | null>(null);
  const act = async (method: 'email.outbox.retry' | 'email.outbox.cancel' | 'email.outbox.markSent', id: string) => {
    try {
      await client.call(method, { id });
      setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <>
      <ul className="email-list" data-testid="outbox-list">
        {items.map((item) => {
          const open = item.status === 'queued' || item.status === 'failed' || item.status === 'unknown';
          const byHand = item.status === 'queued' && item.mine && !smtpConfigured;
          return (
            <li key={item.id} className="email-row" data-testid="outbox-row" data-status={item.status}>
              <div className="email-row-main">
                <span className="email-row-name">
                  <span className={`email-status email-status-${STATUS_TONE[item.status]}`}>
                    {t(`email.outbox.status.${item.status}`)}
                  </span>
                  {item.subject}
                </span>
                <span className="muted email-row-line">
                  {[
                    t('email.outbox.to', { to: item.to }),
                    showDeal ? item.dealTitle : null,
                    dates.instant(item.sentAt ?? item.createdAt, 'dateTime'),
                    item.sentVia === 'mail_app' ? t('email.outbox.viaMailApp') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {item.errorCode && item.status !== 'sent' && item.status !== 'cancelled' ? (
                  <span className={item.status === 'queued' ? 'muted email-row-line' : 'field-error email-row-line'}>
                    {t(`email.outbox.errors.${item.errorCode}`)}
                    {item.errorDetail ? ` — ${item.errorDetail}` : ''}
                    {item.status === 'queued' && item.nextAttemptAt !== null
                      ? ` · ${t('email.outbox.nextAttempt', { when: dates.instant(item.nextAttemptAt, 'dateTime') })}`
                      : ''}
                  </span>
                ) : null}
                {item.status === 'queued' && !item.mine ? (
                  <span className="muted email-row-line">{t('email.outbox.otherDevice')}</span>
                ) : null}
              </div>
              <div className="email-row-actions">
                {byHand ? (
                  <a
                    className="button button-small"
                    href={mailtoUrl(item.to, item.subject, item.body)}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {t('email.outbox.openInMailApp')}
                  </a>
                ) : null}
                {byHand || item.status === 'unknown' ? (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => void act('email.outbox.markSent', item.id)}
                  >
                    {t('email.outbox.markSent')}
                  </button>
                ) : null}
                {item.status === 'failed' || item.status === 'unknown' ? (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => void act('email.outbox.retry', item.id)}
                  >
                    {t('email.outbox.retry')}
                  </button>
                ) : null}
                {open ? (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => void act('email.outbox.cancel', item.id)}
                  >
                    {t('email.outbox.cancel')}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p className="field-error email-pad" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
};
