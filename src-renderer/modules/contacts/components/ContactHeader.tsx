import type { Contact } from '@shared/contract/schemas/contacts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Icon } from '../../../ui/Icon';
import { RecordFacts } from '../../../ui/record/RecordFacts';
import { RecordLogEditActions } from '../../../ui/record/RecordLogEditActions';
import './ContactErase.css';

/** The person: name, job title and role, company (a link to its page), owner, ways to reach them, with Log and Edit. */
export const ContactHeader = ({
  contact,
  companyName,
  ownerName,
  onLog,
  onEdit,
  onErase,
  onExport,
}: {
  contact: Contact;
  companyName: string | null;
  ownerName: string | null;
  onLog(): void;
  onEdit(): void;
  /** Present when the current user may erase the person's personal data (a manager or an admin). */
  onErase?: (() => void) | undefined;
  /** Saves everything held about the person as a JSON file (a subject-access request). */
  onExport(): void;
}) => {
  const { t } = useTranslation();
  const erased = contact.erasedAt !== null;
  const name = erased ? t('contactErase.erasedName') : contact.name;
  const dates = useDateFormat();
  const facts: [string, ReactNode][] = [
    [
      'company',
      contact.companyId && companyName ? (
        <a className="record-link clamp-2" href={recordHash('companies', contact.companyId)} title={companyName}>
          {companyName}
        </a>
      ) : null,
    ],
    ['role', contact.role ? t(`contacts.roles.${contact.role}`) : null],
    ['persona', contact.persona],
    ['owner', ownerName],
    ['createdAt', <span className="num">{dates.instant(contact.createdAt)}</span>],
  ];
  return (
    <section className="card company-header" aria-labelledby="contact-page-name">
      <div className="company-header-top">
        <span
          className={`company-avatar contact-page-avatar${erased ? ' contact-erased-avatar' : ''}`}
          aria-hidden="true"
        >
          {erased ? '—' : contact.name.trim().charAt(0).toUpperCase()}
        </span>
        <div className="company-title">
          <h2 id="contact-page-name" className="clamp-3" title={name}>
            {name}
          </h2>
          {contact.jobTitle ? <p className="muted">{contact.jobTitle}</p> : null}
        </div>
        {contact.deletedAt === null && !erased ? (
          <RecordLogEditActions onLog={onLog} onEdit={onEdit} logTestId="contact-page-log" />
        ) : null}
      </div>
      <RecordFacts facts={facts} fieldsKey="contacts.fields" />
      {contact.phone || contact.email ? (
        <ul className="company-links">
          {contact.phone ? (
            <li>
              <Icon name="phone" size={16} />
              <a href={`tel:${contact.phoneNormalized ?? contact.phone}`} className="num">
                {contact.phone}
              </a>
            </li>
          ) : null}
          {contact.email ? (
            <li>
              <Icon name="mail" size={16} />
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
      {contact.notes ? <p className="company-notes">{contact.notes}</p> : null}
      {/* Apart from Log and Edit, at the card's foot: rare acts on a person's request, not daily buttons. */}
      <div className="contact-erase-row">
        <button type="button" className="button-link contact-export-open" onClick={onExport}>
          <Icon name="arrowRight" size={16} />
          {t('contactErase.exportAction')}
        </button>
        {onErase && contact.deletedAt === null && !erased ? (
          <button type="button" className="button-link contact-erase-open" onClick={onErase}>
            <Icon name="trash" size={16} />
            {t('contactErase.action')}
          </button>
        ) : null}
      </div>
    </section>
  );
};
