import type { ContactRow } from '@shared/contract/schemas/contacts';
import type { DealKind } from '@shared/contract/schemas/deals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { CustomerStatusBadge } from './CustomerStatusBadge';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Icon } from '../../../ui/Icon';
import { lazyPart } from '../../../ui/lazyPart';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { ensureCustomerMessages } from '../utils/ensureCustomerMessages';
import { ChurnForm } from './ChurnForm';
import { NpsForm } from './NpsForm';
import { OnboardingChecklist } from './OnboardingChecklist';
import './CustomerCard.css';

const focusOnMount = (element: HTMLButtonElement | null) => element?.focus();

const NewDealDialog = lazyPart(() => import('../../deals/components/NewDealDialog'), 'NewDealDialog');

const FOLLOW_UP_KINDS: readonly DealKind[] = ['upsell', 'cross_sell', 'renewal'];
const scoreTone = (score: number): string => (score >= 9 ? 'is-promoter' : score <= 6 ? 'is-detractor' : 'is-passive');

type Panel = 'nps' | 'churn' | null;

/**
 * Retention on the company page: the customer's status and since when, the last contact (flagged
 * past the workspace's "no contact" days), onboarding, NPS answers, churn and reactivation, and
 * follow-up deals (upsell, cross-sell, renewal) started with the company and kind filled in.
 */
export const CustomerCard = ({
  company,
  contacts,
}: {
  company: { id: string; name: string };
  contacts: readonly Pick<ContactRow, 'id' | 'name'>[];
}) => {
  const { t, i18n } = useTranslation();
  ensureCustomerMessages(i18n);
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const dates = useDateFormat();
  const [panel, setPanel] = useState<Panel>(null);
  // The form that was just closed: its button, shown again, takes the focus back.
  const [closed, setClosed] = useState<Panel>(null);
  const closePanel = () => {
    setClosed(panel);
    setPanel(null);
  };
  const [newDealKind, setNewDealKind] = useState<DealKind | null>(null);
  const card = useLiveQuery('customers.get', { companyId: company.id }, [
    'customers',
    'customer_onboarding',
    'nps_responses',
    'activities',
    'settings',
  ]).data;
  if (!card) return null;
  const { customer } = card;
  if (customer === null) {
    return (
      <section className="card customer-card" data-testid="customer-card" aria-labelledby="customer-card-title">
        <h2 id="customer-card-title">{t('customers.title')}</h2>
        <p className="muted">{t('customers.notYet')}</p>
      </section>
    );
  }
  const churned = customer.status === 'churned';
  const reactivate = () =>
    client
      .call('customers.reactivate', { companyId: company.id })
      .then(() => push({ tone: 'success', message: t('customers.churn.reactivated') }), reportError);
  const deleteAnswer = (id: string) =>
    client
      .call('nps.delete', { id })
      .then(() => push({ tone: 'success', message: t('customers.nps.deleted') }), reportError);
  return (
    <section className="card customer-card" data-testid="customer-card" aria-labelledby="customer-card-title">
      <header className="customer-card-head">
        <h2 id="customer-card-title">{t('customers.title')}</h2>
        <CustomerStatusBadge status={customer.status} testId="customer-status">
          {t(`customers.status.${customer.status}`)}
        </CustomerStatusBadge>
        <span className="muted">{t('customers.since', { date: dates.instant(customer.sinceAt) })}</span>
      </header>
      {churned && customer.churnedAt !== null ? (
        <p className="customer-churned">
          {t('customers.churnedOn', { date: dates.instant(customer.churnedAt), reason: customer.churnReason ?? '' })}
        </p>
      ) : null}
      <p
        className={customer.noContact ? 'customer-contact is-quiet' : 'customer-contact muted'}
        data-testid="customer-contact"
      >
        {customer.noContact ? <Icon name="alert" size={14} /> : null}
        <span>
          {customer.lastContactAt === null
            ? t('customers.neverContacted')
            : t('customers.lastContact', { date: dates.instant(customer.lastContactAt) })}
          {customer.noContact ? ` · ${t('customers.noContact', { count: customer.noContactDays })}` : ''}
        </span>
      </p>
      {customer.status === 'onboarding' ? <OnboardingChecklist customer={customer} /> : null}

      <div className="customer-nps">
        <h3>{t('customers.nps.title')}</h3>
        <p className="muted" data-testid="customer-nps-score">
          {card.npsScore === null
            ? t('customers.nps.none')
            : t('customers.nps.score', { score: card.npsScore, count: card.nps.length })}
        </p>
        {card.nps.length > 0 ? (
          <ul className="nps-answers">
            {card.nps.map((answer) => (
              <li key={answer.id}>
                <span className={`nps-score is-small ${scoreTone(answer.score)}`}>{answer.score}</span>
                <span className="nps-answer-text">
                  {answer.comment ? <span>{answer.comment}</span> : null}
                  <span className="muted">
                    {[answer.contactName, dates.instant(answer.respondedAt)].filter(Boolean).join(' · ')}
                  </span>
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('customers.nps.delete')}
                  title={t('customers.nps.delete')}
                  onClick={() => deleteAnswer(answer.id)}
                >
                  <Icon name="close" size={14} />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      {panel === 'nps' ? <NpsForm companyId={company.id} contacts={contacts} onClose={closePanel} /> : null}
      {panel === 'churn' ? <ChurnForm companyId={company.id} onClose={closePanel} /> : null}
      {panel === null ? (
        <div className="customer-actions">
          {churned ? null : (
            <button
              type="button"
              className="button button-small"
              ref={closed === 'nps' ? focusOnMount : undefined}
              onClick={() => setPanel('nps')}
            >
              {t('customers.nps.add')}
            </button>
          )}
          {churned ? (
            <button type="button" className="button button-small" onClick={reactivate}>
              {t('customers.churn.reactivate')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-small"
              ref={closed === 'churn' ? focusOnMount : undefined}
              onClick={() => setPanel('churn')}
            >
              {t('customers.churn.open')}
            </button>
          )}
        </div>
      ) : null}
      <div className="customer-actions" role="group" aria-label={t('customers.newDeal.title')}>
        <span className="muted">{t('customers.newDeal.title')}:</span>
        {FOLLOW_UP_KINDS.map((kind) => (
          <button key={kind} type="button" className="button button-small" onClick={() => setNewDealKind(kind)}>
            {t(`customers.newDeal.${kind}`)}
          </button>
        ))}
      </div>
      {newDealKind ? (
        <NewDealDialog
          open
          onClose={() => setNewDealKind(null)}
          preset={{ company, kind: newDealKind }}
          title={`${t('customers.newDeal.title')} · ${t(`customers.newDeal.${newDealKind}`)}`}
        />
      ) : null}
    </section>
  );
};
