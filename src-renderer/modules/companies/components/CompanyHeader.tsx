import type { Company } from '@shared/contract/schemas/companies';

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Icon } from '../../../ui/Icon';
import { RecordFacts } from '../../../ui/record/RecordFacts';
import { RecordLogEditActions } from '../../../ui/record/RecordLogEditActions';

/** A link that opens outside the app (the desktop shell hands http(s) links to the browser). */
const websiteHref = (website: string) => (/^https?:\/\//i.test(website) ? website : `https://${website}`);

/** The company's name, identifiers, owner and key facts, with Edit and Delete. */
export const CompanyHeader = ({
  company,
  ownerName,
  onEdit,
  onLog,
  onDelete,
}: {
  company: Company;
  ownerName: string | null;
  onEdit(): void;
  /** The log form on this company. */
  onLog(): void;
  onDelete(): void;
}) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const ids = (['inn', 'kpp', 'ogrn'] as const).filter((key) => company[key]);
  const facts: [string, ReactNode][] = [
    ['industry', company.industry],
    ['size', company.size ? t(`companies.sizes.${company.size}`) : null],
    ['region', company.region],
    ['segment', company.segment],
    ['owner', ownerName ?? <span className="muted">{t('companies.page.noOwner')}</span>],
    ['createdAt', <span className="num">{dates.instant(company.createdAt)}</span>],
  ];
  return (
    <section className="card company-header" aria-labelledby="company-name">
      <div className="company-header-top">
        <span className="company-avatar" aria-hidden="true">
          <Icon name="companies" size={24} />
        </span>
        <div className="company-title">
          <h2 id="company-name" className="clamp-3" title={company.name}>
            {company.name}
          </h2>
          {ids.length > 0 ? (
            <p className="company-ids">
              {ids.map((key) => (
                <span key={key} className="company-id" data-testid={`company-${key}`}>
                  <span className="muted">{t(`companies.fields.${key}`)}</span>{' '}
                  <span className="num">{company[key]}</span>
                </span>
              ))}
            </p>
          ) : null}
        </div>
        {company.deletedAt === null ? (
          <RecordLogEditActions onLog={onLog} onEdit={onEdit} logTestId="company-log">
            <button type="button" className="button button-danger" onClick={onDelete}>
              <Icon name="trash" size={18} />
              {t('companies.delete.action')}
            </button>
          </RecordLogEditActions>
        ) : null}
      </div>
      <RecordFacts facts={facts} fieldsKey="companies.fields" />
      {company.website || company.phone || company.email ? (
        <ul className="company-links">
          {company.website ? (
            <li>
              <Icon name="globe" size={16} />
              <a href={websiteHref(company.website)} target="_blank" rel="noreferrer noopener">
                {company.domain ?? company.website}
              </a>
            </li>
          ) : null}
          {company.phone ? (
            <li>
              <Icon name="phone" size={16} />
              <a href={`tel:${company.phoneNormalized ?? company.phone}`} className="num">
                {company.phone}
              </a>
            </li>
          ) : null}
          {company.email ? (
            <li>
              <Icon name="mail" size={16} />
              <a href={`mailto:${company.email}`}>{company.email}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
      {company.notes ? <p className="company-notes">{company.notes}</p> : null}
    </section>
  );
};
