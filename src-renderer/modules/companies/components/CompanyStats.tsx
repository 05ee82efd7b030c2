import type { CompanyCard } from '@shared/contract/schemas/companies';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { formatMoney } from '@shared/i18n/formatMoney';

/** Open, won and lost deals (counts and sums) and how many contacts the company has. */
export const CompanyStats = ({ stats, contacts }: { stats: CompanyCard['stats']; contacts: number }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const money = (minor: number) => formatMoney(minor, stats.currency, language);
  const tiles = [
    {
      key: 'open',
      value: money(stats.openValueMinor),
      detail: t('companies.page.stats.deals', { count: stats.openDeals }),
    },
    {
      key: 'won',
      value: money(stats.wonValueMinor),
      detail: t('companies.page.stats.deals', { count: stats.wonDeals }),
    },
    { key: 'lost', value: t('companies.page.stats.deals', { count: stats.lostDeals }), detail: null },
    { key: 'contacts', value: String(contacts), detail: null },
  ] as const;
  return (
    <dl className="company-stats">
      {tiles.map((tile) => (
        <div key={tile.key} className={`card company-stat company-stat-${tile.key}`} data-testid={`stat-${tile.key}`}>
          <dt>{t(`companies.page.stats.${tile.key}`)}</dt>
          <dd>
            <span className="company-stat-value num">{tile.value}</span>
            {tile.detail ? <span className="muted">{tile.detail}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
};
