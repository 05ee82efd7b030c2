import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import type { KpiFilters } from '@shared/contract/schemas/kpi';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Modal } from '../../../ui/Modal/Modal';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import type { AnalyticsNames } from '../hooks/useAnalyticsNames';
import { useFigureFormat } from '../hooks/useFigureFormat';
import type { DrillRequest } from '../utils/DrillRequest';
import { ANALYTICS_TABLES } from '../utils/analyticsTables';

const LIMIT = 200;

type Props = {
  request: DrillRequest | null;
  period: KpiPeriod;
  filters: KpiFilters;
  /**
   * The instant the clicked figure stands as of: a running period's figures were computed when the
   * page loaded them, and the list must count the same deals (a task due since is not overdue there).
   */
  asOf: number | undefined;
  names: AnalyticsNames;
  onClose(): void;
};

/** The deals behind a clicked number; a deal opens in the drawer (the list closes first). */
export const DrillDialog = ({ request, period, filters, asOf, names, onClose }: Props) => {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const dates = useDateFormat();
  const result = useLiveQuery(
    'analytics.drill',
    request ? { period, filters, ...(asOf === undefined ? {} : { asOf }), ...request.figure, limit: LIMIT } : null,
    ANALYTICS_TABLES,
  );
  const data = request ? result.data : null;
  return (
    <Modal
      open={request !== null}
      title={request ? t('analytics.drill.title', { figure: request.title }) : ''}
      onClose={onClose}
      width="wide"
    >
      <div className="modal-body analytics-drill-body">
        {data === null ? (
          <p className="muted" role="status">
            {t('analytics.drill.loading')}
          </p>
        ) : data.total === 0 ? (
          <p className="muted" data-testid="drill-empty">
            {t('analytics.drill.empty')}
          </p>
        ) : (
          <div className="analytics-drill" data-testid="drill-list">
            <p className="muted analytics-drill-count">
              {t('analytics.drill.count', { count: data.total })}
              {data.total > data.deals.length
                ? ` · ${t('analytics.drill.shown', { shown: data.deals.length, total: data.total })}`
                : ''}
              {['repActivity', 'repOverdue', 'repReviewed'].includes(request?.figure.figure ?? '')
                ? ` · ${t('analytics.drill.activityNote')}`
                : ''}
            </p>
            <div className="analytics-table-wrap">
              <table className="analytics-table">
                <thead>
                  <tr>
                    <th scope="col">{t('analytics.drill.deal')}</th>
                    <th scope="col">{t('analytics.drill.stage')}</th>
                    <th scope="col">{t('analytics.drill.owner')}</th>
                    <th scope="col" className="numeric">
                      {t('analytics.drill.value')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('analytics.drill.at')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.deals.map((deal, index) => (
                    <tr key={`${deal.id}:${index}`}>
                      <th scope="row">
                        <button
                          type="button"
                          className="button-link analytics-deal-link"
                          aria-label={t('analytics.drill.open', { title: deal.title })}
                          onClick={() => {
                            onClose();
                            openDeal(deal.id);
                          }}
                        >
                          {deal.title}
                        </button>
                      </th>
                      <td>{names.stage(deal.stageKey)}</td>
                      <td>{names.owner(deal.ownerId)}</td>
                      <td className="numeric">{format.money(deal.weightedMinor ?? deal.valueMinor, deal.currency)}</td>
                      <td className="numeric">{deal.at === null ? '—' : dates.instant(deal.at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </div>
    </Modal>
  );
};
