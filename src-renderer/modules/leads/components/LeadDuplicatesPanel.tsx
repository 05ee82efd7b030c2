import { useTranslation } from 'react-i18next';
import type { LeadDuplicates } from '../hooks/useLeadDuplicates';
import type { Attached } from './NewLeadDialog';
import { Icon } from '../../../ui/Icon';

/**
 * "This may already be in the CRM": each possible duplicate with what matched and a button that
 * attaches the lead to it instead of making another record. A warning, never a block.
 */
export const LeadDuplicatesPanel = ({
  duplicates,
  attached,
  onAttach,
}: {
  duplicates: LeadDuplicates;
  attached: Attached;
  onAttach(patch: Attached): void;
}) => {
  const { t } = useTranslation();
  const matched = (fields: readonly string[]) => fields.map((field) => t(`leads.create.matched.${field}`)).join(', ');
  const companies = attached.companyId ? [] : duplicates.companies;
  const contacts = attached.contactId ? [] : duplicates.contacts;
  if (companies.length === 0 && contacts.length === 0) return null;
  return (
    <div className="notice notice-warning span-2" role="status" data-testid="lead-duplicates">
      <Icon name="alert" size={18} />
      <div className="notice-body">
        <p className="notice-title">{t('leads.create.duplicatesTitle')}</p>
        <ul className="notice-list">
          {companies.map((company) => (
            <li key={company.id} data-testid="lead-duplicate">
              {t('leads.create.companyMatch', { name: company.name, fields: matched(company.matchedOn) })}{' '}
              <button
                type="button"
                className="button button-link"
                onClick={() => onAttach({ companyId: { id: company.id, name: company.name } })}
              >
                {t('leads.create.attach')}
              </button>
            </li>
          ))}
          {contacts.map((contact) => (
            <li key={contact.id} data-testid="lead-duplicate">
              {t('leads.create.contactMatch', { name: contact.name, fields: matched(contact.matchedOn) })}{' '}
              <button
                type="button"
                className="button button-link"
                onClick={() => onAttach({ contactId: { id: contact.id, name: contact.name } })}
              >
                {t('leads.create.attach')}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
};
