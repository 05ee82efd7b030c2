import type { Deal } from '@shared/contract/schemas/deals';
import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { DealStatusBadge } from '../../deals/components/DealStatusBadge';
import { useDefaultPipeline } from '../../workspace/hooks/useDefaultPipeline';
import { useStages } from '../../workspace/hooks/useStages';
import { formatMoney } from '@shared/i18n/formatMoney';

/**
 * The deal drawer opens over whatever page is shown when the hash carries `?deal=<id>` (see
 * modules/dealDrawer/utils/dealRoute.ts), so a deal opens on top of its company's page.
 */
const dealHref = (pageHash: string, dealId: string) => `${pageHash}?deal=${encodeURIComponent(dealId)}`;

/** A company's (or a contact's) deals, open first then the latest closed; a title opens the deal over the page. */
export const CompanyDeals = ({
  pageHash,
  deals,
  total,
  emptyText,
}: {
  /** The page's own hash (`#/companies/<id>`), which the deal drawer opens over. */
  pageHash: string;
  deals: readonly Deal[];
  total: number;
  emptyText: string;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const pipeline = useDefaultPipeline();
  const stages = useStages(pipeline?.id);
  const stageNames = new Map((stages ?? []).map((stage) => [stage.id, displayName(stage, t, 'stage')]));
  return (
    <section className="card company-section" aria-labelledby="company-deals-title">
      <header className="company-section-header">
        <h2 id="company-deals-title">{t('companies.page.deals')}</h2>
        <span className="muted num">{total}</span>
      </header>
      {deals.length === 0 ? (
        <p className="company-section-empty muted">{emptyText}</p>
      ) : (
        <table className="compact-table" aria-labelledby="company-deals-title">
          <thead>
            <tr>
              <th scope="col">{t('deal.fields.title')}</th>
              <th scope="col">{t('deal.fields.stage')}</th>
              <th scope="col" className="is-numeric">
                {t('deal.fields.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {deals.map((deal) => (
              <tr key={deal.id} data-testid="company-deal">
                <td className="compact-table-title">
                  <a className="record-link clamp-2" href={dealHref(pageHash, deal.id)} title={deal.title}>
                    {deal.title}
                  </a>
                </td>
                <td>
                  {/* A closed deal says how it ended; an open one where it stands. */}
                  {deal.status === 'open' ? (
                    (stageNames.get(deal.stageId) ?? '')
                  ) : (
                    <DealStatusBadge status={deal.status} />
                  )}
                </td>
                <td className="is-numeric num">{formatMoney(deal.valueMinor, deal.currency, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deals.length < total ? (
        <p className="company-section-footer muted">{t('companies.page.dealsShown', { shown: deals.length, total })}</p>
      ) : null}
    </section>
  );
};
