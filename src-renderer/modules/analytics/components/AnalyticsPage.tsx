import type { KpiFilters } from '@shared/contract/schemas/kpi';
import type { Pipeline } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { formatPeriodLabel } from '@shared/i18n/formatPeriodLabel';
import { previousPeriod } from '@shared/domain/kpi/previousPeriod';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { SegmentPicker } from '../../segments/components/SegmentPicker';
import { Select } from '../../../ui/form/Select';
import { OwnerOptionGroups } from '../../users/components/OwnerOptionGroups';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { ownerOptions } from '../../users/utils/ownerOptions';
import { TeamFilter } from '../../users/components/TeamFilter';
import { useAnalyticsCharts } from '../hooks/useAnalyticsCharts';
import { useAnalyticsNames } from '../hooks/useAnalyticsNames';
import { useAnalyticsParams } from '../hooks/useAnalyticsParams';
import { useFigureFormat } from '../hooks/useFigureFormat';
import { ANALYTICS_TABLES } from '../utils/analyticsTables';
import { ensureKpiReportMessages } from '../../reports/utils/ensureKpiReportMessages';
import { ensureAnalyticsMessages } from '../utils/ensureAnalyticsMessages';
import type { DrillRequest } from '../utils/DrillRequest';
import { periodOfKind } from '../utils/periodOfKind';
import { periodStatus } from '../utils/periodStatus';
import { AnalyticsChart } from './AnalyticsChart';
import { DrillDialog } from './DrillDialog';
import { FunnelTable } from './FunnelTable';
import { KpiCards } from './KpiCards';
import { PeriodPicker } from './PeriodPicker';
import { RepLeaderboard } from './RepLeaderboard';
import { RetentionCards } from './RetentionCards';
import { SourcesTables } from './SourcesTables';
import './AnalyticsPage.css';

/** One empty list while the pipelines load, so the names (and the charts built on them) are not remade each render. */
const NO_PIPELINES: readonly Pipeline[] = [];

/**
 * Funnel analytics for a period against the one before: headline figures, the funnel, weekly
 * conversion, time in stage, losses, speed to lead, forecast, compliance, sources and the rep
 * leaderboard, all from the KPI engine. The period and filters live in the URL; every number
 * and chart segment lists the deals behind it.
 */
export const AnalyticsPage = () => {
  const { t, i18n } = useTranslation();
  ensureAnalyticsMessages(i18n);
  ensureKpiReportMessages(i18n);
  const language = useLanguage();
  const dates = useDateFormat();
  const { timeZone } = dates;
  const format = useFigureFormat();
  const [params, setParams] = useAnalyticsParams();
  // The default period (this month) is fixed when the page opens, so it does not move under the reader.
  const [openedAt] = useState(() => Date.now());
  const period = useMemo(
    () => params.period ?? periodOfKind('month', openedAt, timeZone),
    [params.period, openedAt, timeZone],
  );
  const filters = useMemo<KpiFilters>(
    () => ({
      ...(params.ownerId ? { ownerId: params.ownerId } : {}),
      ...(params.teamId ? { teamId: params.teamId } : {}),
      ...(params.pipelineId ? { pipelineId: params.pipelineId } : {}),
      ...(params.sourceId ? { sourceId: params.sourceId } : {}),
      ...(params.campaignId ? { campaignId: params.campaignId } : {}),
      ...(params.segmentId ? { segmentId: params.segmentId } : {}),
    }),
    [params.ownerId, params.teamId, params.pipelineId, params.sourceId, params.campaignId, params.segmentId],
  );
  const overview = useLiveQuery('analytics.overview', { period, filters }, ANALYTICS_TABLES);
  const data = overview.data;
  const pipelines = useLiveQuery('pipelines.list', {}, ['pipelines']).data ?? NO_PIPELINES;
  const { user, users } = useCurrentUser();
  const owners = ownerOptions(users ?? [], user?.id ?? null, params.ownerId || null, { includeInactive: true });
  const names = useAnalyticsNames(data, pipelines);
  const charts = useAnalyticsCharts(data, names, format);
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const onDrill = useCallback((request: DrillRequest) => setDrill(request), []);
  const translate = (key: string, values?: Record<string, unknown>) => t(key, values ?? {});
  const status = data ? periodStatus(data, openedAt) : null;
  const filtered = Object.keys(filters).length > 0;

  return (
    <div className="analytics-page">
      <div className="analytics-toolbar" role="group" aria-label={t('analytics.controls')}>
        <PeriodPicker period={period} timeZone={timeZone} onChange={(next) => setParams({ period: next })} />
        <Select
          className="owner-filter"
          aria-label={t('analytics.owner')}
          value={params.ownerId}
          onChange={(event) => setParams({ ownerId: event.target.value })}
        >
          <option value="">{t('analytics.allOwners')}</option>
          <OwnerOptionGroups options={owners} />
        </Select>
        <TeamFilter
          value={params.teamId}
          onChange={(teamId) => setParams({ teamId })}
          label={t('analytics.team')}
          allLabel={t('analytics.allTeams')}
        />
        <Select
          className="pipeline-filter"
          aria-label={t('analytics.pipeline')}
          value={params.pipelineId}
          onChange={(event) => setParams({ pipelineId: event.target.value })}
        >
          <option value="">{t('analytics.allPipelines')}</option>
          {pipelines.map((pipeline) => (
            <option key={pipeline.id} value={pipeline.id}>
              {displayName(pipeline, translate)}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t('analytics.source')}
          value={params.sourceId}
          onChange={(event) => setParams({ sourceId: event.target.value })}
        >
          <option value="">{t('analytics.allSources')}</option>
          {(data?.options.sources ?? []).map((source) => (
            <option key={source.id} value={source.id}>
              {displayName(source, translate, 'leadSource')}
            </option>
          ))}
        </Select>
        <Select
          aria-label={t('analytics.campaign')}
          value={params.campaignId}
          onChange={(event) => setParams({ campaignId: event.target.value })}
        >
          <option value="">{t('analytics.allCampaigns')}</option>
          {(data?.options.campaigns ?? []).map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name}
            </option>
          ))}
        </Select>
        <SegmentPicker value={params.segmentId} onChange={(segmentId) => setParams({ segmentId })} />
        {filtered ? (
          <button
            type="button"
            className="button button-link"
            onClick={() =>
              setParams({ ownerId: '', teamId: '', pipelineId: '', sourceId: '', campaignId: '', segmentId: '' })
            }
          >
            {t('analytics.resetFilters')}
          </button>
        ) : null}
      </div>

      {data && status ? (
        <>
          <header className="analytics-heading">
            <p className="analytics-period" data-testid="analytics-period-line">
              {dates.instant(data.current.report.period.from)} – {dates.instant(data.current.report.period.to - 1)}
              <span className="muted">
                {' · '}
                {t('analytics.compared', {
                  label: formatPeriodLabel(data.previous.report.period.label, language, t),
                })}
                {' · '}
                {t('analytics.asOf', { date: dates.instant(data.current.report.period.asOf, 'dateTime') })}
              </span>
            </p>
            {status !== 'complete' ? (
              <p className="analytics-notice" role="note" data-testid="analytics-notice">
                {status === 'future'
                  ? t('analytics.future')
                  : status === 'running'
                    ? t('analytics.running', { date: dates.instant(data.current.report.period.asOf, 'dateTime') })
                    : t('analytics.empty')}
              </p>
            ) : null}
            <p className="analytics-hint muted">
              {filtered ? `${t('analytics.filtered')} ` : ''}
              {t('analytics.clickHint')}
            </p>
          </header>
          <KpiCards data={data} format={format} onDrill={onDrill} />
          <div className="analytics-grid">
            {charts.slice(0, 2).map((chart) => (
              <AnalyticsChart
                key={chart.id}
                id={chart.id}
                title={chart.title}
                note={chart.note}
                option={chart.option}
                emptyText={t('analytics.charts.noData')}
                wide={chart.wide}
                onSegmentClick={(click) => {
                  const request = chart.drill(click);
                  if (request) setDrill(request);
                }}
              />
            ))}
          </div>
          <FunnelTable data={data} format={format} onDrill={onDrill} />
          <div className="analytics-grid">
            {charts.slice(2).map((chart) => (
              <AnalyticsChart
                key={chart.id}
                id={chart.id}
                title={chart.title}
                note={chart.note}
                option={chart.option}
                emptyText={t('analytics.charts.noData')}
                wide={chart.wide}
                onSegmentClick={(click) => {
                  const request = chart.drill(click);
                  if (request) setDrill(request);
                }}
              />
            ))}
          </div>
          <RetentionCards data={data} format={format} onDrill={onDrill} />
          <SourcesTables data={data} names={names} format={format} onDrill={onDrill} />
          <RepLeaderboard report={data.current.report} names={names} format={format} onDrill={onDrill} />
        </>
      ) : (
        <p className="analytics-loading" role="status">
          {overview.failed ? t('errors.TRANSPORT') : t('analytics.loading')}
        </p>
      )}
      <DrillDialog
        request={drill}
        period={drill?.previous ? previousPeriod(period, timeZone) : period}
        filters={filters}
        asOf={(drill?.previous ? data?.previous : data?.current)?.report.period.asOf}
        names={names}
        onClose={() => setDrill(null)}
      />
    </div>
  );
};
