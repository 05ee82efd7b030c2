import { REPORT_FORMATS } from '@shared/contract/schemas/reports';
import { displayName } from '@shared/i18n/displayName';
import { formatPeriodLabel } from '@shared/i18n/formatPeriodLabel';
import { reportCharts } from '@shared/reports/reportCharts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { Icon } from '../../../ui/Icon';
import { Select } from '../../../ui/form/Select';
import { OwnerOptionGroups } from '../../users/components/OwnerOptionGroups';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { ownerOptions } from '../../users/utils/ownerOptions';
import { TeamFilter } from '../../users/components/TeamFilter';
import { useReportParams } from '../hooks/useReportParams';
import { useSaveReport } from '../hooks/useSaveReport';
import { lastFullWeek } from '../utils/lastFullWeek';
import { ensureKpiReportMessages } from '../utils/ensureKpiReportMessages';
import { ensureReportsPageMessages } from '../utils/ensureReportsPageMessages';
import { shiftWeek } from '../utils/shiftWeek';
import { ReportChart } from './ReportChart';
import { ReportSchedulePanel } from './ReportSchedulePanel';
import { ReportTable } from './ReportTable';
import './ReportsPage.css';

/** Every table of the weekly report re-read when any of these change. */
const REPORT_TABLES = [
  'deals',
  'stage_transitions',
  'activities',
  'deal_checks',
  'users',
  'teams',
  'pipelines',
  'stages',
] as const;

/**
 * The weekly funnel report: the week against the one before, as the PDF and the spreadsheet show
 * it (the same tables and charts), with the week, owner and pipeline in the URL and a download
 * in each format.
 */
export const ReportsPage = () => {
  const { t, i18n } = useTranslation();
  ensureReportsPageMessages(i18n);
  ensureKpiReportMessages(i18n);
  const language = useLanguage();
  const { timeZone } = useDateFormat();
  const [params, setParams] = useReportParams();
  // The default week is fixed when the page opens: it must not jump while someone reads it.
  const [openedAt] = useState(() => Date.now());
  const defaultWeek = lastFullWeek(openedAt, timeZone);
  const week = params.week ?? defaultWeek;
  const filters = {
    ...(params.ownerId ? { ownerId: params.ownerId } : {}),
    ...(params.teamId ? { teamId: params.teamId } : {}),
    ...(params.pipelineId ? { pipelineId: params.pipelineId } : {}),
  };
  const period = { kind: 'week' as const, week };
  const preview = useLiveQuery('reports.preview', { period, filters, language }, REPORT_TABLES);
  const pipelines = useLiveQuery('pipelines.list', {}, ['pipelines']).data ?? [];
  const { user, users } = useCurrentUser();
  const owners = ownerOptions(users ?? [], user?.id ?? null, params.ownerId || null, { includeInactive: true });
  const { save, busy } = useSaveReport();
  const data = preview.data;

  const charts = useMemo(() => {
    if (!data) return [];
    const { current, previous } = data.result;
    const translate = (key: string, values?: Record<string, unknown>) => t(key, values ?? {});
    const stageName = (key: string) => {
      const stage = current.stages.find((candidate) => candidate.key === key);
      return stage ? displayName(stage, translate) : key;
    };
    const reasonName = (id: string | null) => {
      const reason = current.lossReasons.find((candidate) => candidate.id === id);
      return reason && reason.id !== null ? displayName(reason, translate) : t('kpiReport.values.noReason');
    };
    return reportCharts(
      current,
      previous,
      { t: translate, stage: stageName, user: () => '', reason: reasonName },
      language,
    );
  }, [data, language, t]);

  return (
    <div className="reports-page">
      <ReportSchedulePanel />
      <div className="reports-toolbar" role="group" aria-label={t('reportsPage.controls')}>
        <div className="week-stepper">
          <button
            type="button"
            className="icon-button"
            aria-label={t('reportsPage.previousWeek')}
            title={t('reportsPage.previousWeek')}
            onClick={() => setParams({ week: shiftWeek(week, -1, timeZone) })}
          >
            <Icon name="chevronLeft" />
          </button>
          <span className="week-label" data-testid="report-week" data-week={week} aria-live="polite">
            {formatPeriodLabel(week, language, t)}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('reportsPage.nextWeek')}
            title={t('reportsPage.nextWeek')}
            onClick={() => setParams({ week: shiftWeek(week, 1, timeZone) })}
          >
            <Icon name="chevronRight" />
          </button>
          {params.week !== null && params.week !== defaultWeek ? (
            <button type="button" className="button button-link" onClick={() => setParams({ week: null })}>
              {t('reportsPage.lastWeek')}
            </button>
          ) : null}
        </div>
        <Select
          aria-label={t('reportsPage.owner')}
          value={params.ownerId}
          onChange={(event) => setParams({ ownerId: event.target.value })}
        >
          <option value="">{t('reportsPage.allOwners')}</option>
          <OwnerOptionGroups options={owners} />
        </Select>
        <TeamFilter
          value={params.teamId}
          onChange={(teamId) => setParams({ teamId })}
          label={t('reportsPage.team')}
          allLabel={t('reportsPage.allTeams')}
        />
        <Select
          aria-label={t('reportsPage.pipeline')}
          value={params.pipelineId}
          onChange={(event) => setParams({ pipelineId: event.target.value })}
        >
          <option value="">{t('reportsPage.allPipelines')}</option>
          {pipelines.map((pipeline) => (
            <option key={pipeline.id} value={pipeline.id}>
              {displayName(pipeline, (key, values) => t(key, values ?? {}))}
            </option>
          ))}
        </Select>
        <div className="report-downloads" role="group" aria-label={t('reportsPage.download')}>
          <span className="report-downloads-label">{t('reportsPage.download')}</span>
          {REPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className={format === 'pdf' ? 'button button-primary' : 'button'}
              title={t(`reportsPage.formatHint.${format}`)}
              disabled={busy !== null}
              aria-busy={busy === format}
              onClick={() => void save({ period, filters, format, language })}
            >
              {busy === format
                ? t('reportsPage.saving', { format: t(`reportsPage.formats.${format}`) })
                : t(`reportsPage.formats.${format}`)}
            </button>
          ))}
        </div>
      </div>

      {data ? (
        <>
          <header className="report-heading">
            <p className="report-period" data-testid="report-period">
              {data.periodLine}
            </p>
            <p className="report-meta">
              {[data.compareLine, data.asOfLine, data.filtersLine].filter(Boolean).join(' · ')}
            </p>
          </header>
          <div className="report-charts" aria-label={t('reportsPage.charts')}>
            {charts.map((chart) => (
              <ReportChart key={chart.key} chart={chart} />
            ))}
          </div>
          {data.sections.map((section) => (
            <ReportTable key={section.key} section={section} language={language} currency={data.currency} />
          ))}
        </>
      ) : (
        <p className="report-loading" role="status">
          {preview.failed ? t('errors.TRANSPORT') : t('reportsPage.loading')}
        </p>
      )}
    </div>
  );
};
