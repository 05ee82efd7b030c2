import type { ContactRow } from '@shared/contract/schemas/contacts';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { Icon } from '../../../ui/Icon';

/** The people at the company; a name opens the contact's page, its button logs an activity with them, "Add contact" creates one here. */
export const CompanyContacts = ({
  contacts,
  canAdd,
  onAdd,
  onLog,
}: {
  contacts: readonly ContactRow[];
  canAdd: boolean;
  onAdd(): void;
  /** The log form on this contact (and so on the company). */
  onLog(contact: ContactRow): void;
}) => {
  const { t } = useTranslation();
  return (
    <section className="card company-section" aria-labelledby="company-contacts-title">
      <header className="company-section-header">
        <h2 id="company-contacts-title">{t('companies.page.contacts')}</h2>
        <span className="muted num">{contacts.length}</span>
        {canAdd ? (
          <button type="button" className="button button-small company-section-action" onClick={onAdd}>
            <Icon name="plus" size={16} />
            {t('companies.page.addContact')}
          </button>
        ) : null}
      </header>
      {contacts.length === 0 ? (
        <p className="company-section-empty muted">{t('companies.page.noContacts')}</p>
      ) : (
        <ul className="contact-list">
          {contacts.map((contact) => (
            <li key={contact.id} className="contact-item" data-testid="company-contact">
              <span className="contact-avatar" aria-hidden="true">
                {contact.name.trim().charAt(0).toUpperCase()}
              </span>
              <div className="contact-main">
                <a className="record-link clamp-2" href={recordHash('contacts', contact.id)} title={contact.name}>
                  {contact.name}
                </a>
                <p className="muted">
                  {[contact.jobTitle, contact.role ? t(`contacts.roles.${contact.role}`) : null]
                    .filter(Boolean)
                    .join(' · ') || t('common.none')}
                </p>
              </div>
              <div className="contact-reach">
                {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
                {contact.phone ? <span className="num muted">{contact.phone}</span> : null}
              </div>
              {canAdd ? (
                <button
                  type="button"
                  className="icon-button contact-log"
                  aria-label={t('activities.log.onCard', { record: contact.name })}
                  title={t('activities.log.onCard', { record: contact.name })}
                  onClick={() => onLog(contact)}
                  data-testid="contact-log"
                >
                  <Icon name="activities" size={16} />
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
