import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A record page's facts as term and value, each term from `fieldsKey` (`companies.fields`…); a missing value reads "none". */
export const RecordFacts = ({ facts, fieldsKey }: { facts: [string, ReactNode][]; fieldsKey: string }) => {
  const { t } = useTranslation();
  return (
    <dl className="company-facts">
      {facts.map(([key, value]) => (
        <div key={key} className="company-fact">
          <dt>{t(`${fieldsKey}.${key}`)}</dt>
          <dd>{value ?? <span className="muted">{t('common.none')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
};
