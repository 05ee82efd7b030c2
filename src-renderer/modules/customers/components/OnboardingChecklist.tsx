import type { Customer } from '@shared/contract/schemas/customers';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useReportError } from '../../../ui/toasts/useReportError';

/** The onboarding steps with who ticked each and when; the last tick makes the customer active. */
export const OnboardingChecklist = ({ customer }: { customer: Customer }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const dates = useDateFormat();
  const tick = (step: Customer['onboarding'][number]['step'], done: boolean) =>
    client.call('customers.tickOnboarding', { companyId: customer.companyId, step, done }).catch(reportError);
  return (
    <fieldset className="customer-onboarding">
      <legend>{t('customers.onboarding.title')}</legend>
      <ul>
        {customer.onboarding.map((item) => (
          <li key={item.step}>
            <label>
              <input
                type="checkbox"
                checked={item.doneAt !== null}
                onChange={(event) => tick(item.step, event.target.checked)}
              />
              <span>{t(`customers.onboarding.steps.${item.step}`)}</span>
            </label>
            {item.doneAt !== null ? (
              <span className="muted customer-step-by">
                {t('customers.onboarding.doneBy', { name: item.doneByName ?? '—', date: dates.instant(item.doneAt) })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-small"
        onClick={() => client.call('customers.activate', { companyId: customer.companyId }).catch(reportError)}
      >
        {t('customers.onboarding.finish')}
      </button>
    </fieldset>
  );
};
