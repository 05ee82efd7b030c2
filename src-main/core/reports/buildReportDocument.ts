import type { Language } from '@shared/contract/schemas/common';
import type { KpiDrillDeal, KpiReport } from '@shared/contract/schemas/kpi';
import { FUNNEL_STEPS } from '@shared/domain/funnelSteps';
import { displayName } from '@shared/i18n/displayName';
import { formatCalendarDate } from '@shared/i18n/formatDates';
import { formatPeriodLabel, formatPeriodShortLabel } from '@shared/i18n/formatPeriodLabel';
import { stageLabels } from '@shared/i18n/stageLabels';
import type { Translate } from '@shared/i18n/Translate';
import { localDateOf } from '@shared/domain/kpi/previousPeriod';
import { createTranslator } from './createTranslator';
import { reportCharts } from '@shared/reports/reportCharts';
import type { ReportNames } from '@shared/reports/ReportNames';
import type { NamedRow, WeeklyReportData } from './loadWeeklyReport';
import type { CellFormat, ReportRow, ReportSection } from '@shared/reports/ReportSection';
import type { ReportDocument } from './ReportDocument';

type Names = ReportNames;

const nameOf = (rows: readonly NamedRow[], id: string | null, t: Translate): string | null => {
  const row = rows.find((candidate) => candidate.id === id);
  return row ? displayName(row, t) : null;
};

const change = (current: number | null, previous: number | null, format: CellFormat): number | null => {
  if (current === null || previous === null) return null;
  if (format === 'ratio') return current - previous;
  if (format === 'score') return current - previous;
  return previous === 0 ? null : (current - previous) / previous;
};

const changeFormat = (format: CellFormat): CellFormat =>
  format === 'ratio' ? 'points' : format === 'score' ? 'score' : 'change';

type SummaryFigure = {
  key: string;
  pick: (report: KpiReport) => number | null;
  format: CellFormat;
  step?: string;
  /** 'down' where a fall is the good news (losses, cycle and response times, churn). */
  better?: 'down';
};

const figure = (key: string, pick: SummaryFigure['pick'], format: CellFormat): SummaryFigure => ({ key, pick, format });

const lowerIsBetter = (summary: SummaryFigure): SummaryFigure => ({ ...summary, better: 'down' });

/** The summary's rows, in the order a sales director reads them. */
const SUMMARY_FIGURES: readonly SummaryFigure[] = [
  figure('created', (r) => r.entered.awareness, 'int'),
  figure('leadToQualified', (r) => r.leadToQualified, 'ratio'),
  ...FUNNEL_STEPS.slice(0, 5).map((step) => ({ ...figure('conversion', (r) => r.conversion[step], 'ratio'), step })),
  figure('winRate', (r) => r.winRate, 'ratio'),
  figure('wonCount', (r) => r.won.count, 'int'),
  figure('revenue', (r) => r.revenue, 'money'),
  figure('avgDealSize', (r) => r.avgDealSize, 'money'),
  lowerIsBetter(figure('lostCount', (r) => r.lost.count, 'int')),
  lowerIsBetter(figure('lostValue', (r) => r.lost.value, 'money')),
  lowerIsBetter(figure('salesCycleMedian', (r) => r.salesCycleDays.median, 'days')),
  lowerIsBetter(figure('salesCycleMean', (r) => r.salesCycleDays.mean, 'days')),
  lowerIsBetter(figure('speedToLeadMedian', (r) => r.speedToLeadHours.median, 'hours')),
  figure('speedToLeadWithinSla', (r) => r.speedToLeadHours.withinSla, 'ratio'),
  figure('weightedPipeline', (r) => r.forecast.reduce((sum, row) => sum + row.weighted, 0), 'money'),
  lowerIsBetter(figure('churnRate', (r) => r.churnRate, 'ratio')),
  figure('ltv', (r) => r.ltv, 'money'),
  figure('nps', (r) => r.nps.score, 'score'),
  figure('npsResponses', (r) => r.nps.responses, 'int'),
  figure('repeatSalesCount', (r) => r.repeatSales.count, 'int'),
  figure('repeatSalesValue', (r) => r.repeatSales.value, 'money'),
  figure('compliance', (r) => r.compliance, 'ratio'),
];

/**
 * The two periods' names as the report shows them («Неделя 48, 2026»), and without the year where
 * the title line above gives it («Неделя 48»: the funnel table's ten headers); the keys stay in
 * the JSON.
 */
type PeriodNames = { current: string; previous: string | null; currentShort: string; previousShort: string | null };

const summarySection = (
  current: KpiReport,
  previous: KpiReport | null,
  names: Names,
  periods: PeriodNames,
): ReportSection => {
  const { t } = names;
  const stepName = (step: string) => t(`funnel.step.${step}`);
  return {
    key: 'summary',
    title: t('kpiReport.sections.summary'),
    columns: [
      { key: 'figure', label: t('kpiReport.columns.figure'), format: 'text' },
      { key: 'current', label: periods.current, format: 'int' },
      { key: 'previous', label: periods.previous ?? t('kpiReport.columns.previous'), format: 'int' },
      { key: 'change', label: t('kpiReport.columns.change'), format: 'change' },
    ],
    rows: SUMMARY_FIGURES.map(({ key, pick, format, step, better }) => {
      const now = pick(current);
      const before = previous ? pick(previous) : null;
      const label = t(`kpiReport.figures.${key}`, step ? { step: stepName(step) } : {});
      return {
        cells: [label, now, before, change(now, before, format)],
        formats: ['text', format, format, changeFormat(format)],
        ...(better ? { better } : {}),
      };
    }),
  };
};

const funnelSection = (
  current: KpiReport,
  previous: KpiReport | null,
  names: Names,
  periods: PeriodNames,
): ReportSection => {
  const { t } = names;
  // Each figure twice, so each header names its period: two columns read «Неделя 48, 2026» before.
  const inPeriod = (figure: string, period: string | null) =>
    t('kpiReport.columns.inPeriod', {
      figure: t(`kpiReport.columns.${figure}`),
      // Its words stay together when the header wraps: «Вошло / (Неделя 20)», not «(Неделя / 20)».
      period: (period ?? t('kpiReport.columns.previous')).replaceAll(' ', '\u00a0'),
    });
  return {
    key: 'funnel',
    title: t('kpiReport.sections.funnel'),
    columns: [
      { key: 'step', label: t('kpiReport.columns.step'), format: 'text' },
      { key: 'entered', label: inPeriod('entered', periods.currentShort), format: 'int' },
      { key: 'enteredPrevious', label: inPeriod('entered', periods.previousShort), format: 'int' },
      { key: 'conversion', label: inPeriod('conversion', periods.currentShort), format: 'ratio' },
      { key: 'conversionPrevious', label: inPeriod('conversion', periods.previousShort), format: 'ratio' },
    ],
    rows: FUNNEL_STEPS.map((step) => ({
      cells: [
        names.t(`funnel.step.${step}`),
        current.entered[step],
        previous?.entered[step] ?? null,
        current.conversion[step],
        previous?.conversion[step] ?? null,
      ],
    })),
  };
};

const stagesSection = (report: KpiReport, names: Names): ReportSection => ({
  key: 'stages',
  title: names.t('kpiReport.sections.stages'),
  columns: [
    { key: 'stage', label: names.t('kpiReport.columns.stage'), format: 'text' },
    { key: 'median', label: names.t('kpiReport.columns.median'), format: 'days' },
    { key: 'exits', label: names.t('kpiReport.columns.exits'), format: 'int' },
    { key: 'open', label: names.t('kpiReport.columns.open'), format: 'int' },
    { key: 'openMedian', label: names.t('kpiReport.columns.openMedian'), format: 'days' },
    { key: 'rotting', label: names.t('kpiReport.columns.rotting'), format: 'int' },
  ],
  rows: report.stages.map((stage) => {
    const figures = report.timeInStageDays[stage.key];
    return {
      cells: [
        names.stage(stage.key),
        figures?.median ?? null,
        figures?.n ?? 0,
        figures?.open ?? 0,
        figures?.openMedianDays ?? null,
        figures?.rotting ?? 0,
      ],
    };
  }),
});

const repsSection = (report: KpiReport, names: Names): ReportSection => {
  const column = (key: string, format: CellFormat) => ({ key, label: names.t(`kpiReport.columns.${key}`), format });
  const reviewed = report.reps.some((rep) => rep.reviews > 0);
  return {
    key: 'reps',
    title: names.t('kpiReport.sections.reps'),
    columns: [
      column('rep', 'text'),
      column('calls', 'int'),
      column('meetings', 'int'),
      column('emails', 'int'),
      column('demos', 'int'),
      column('proposals', 'int'),
      column('won', 'int'),
      column('revenue', 'money'),
      column('winRate', 'ratio'),
      column('overdueTasks', 'int'),
      column('compliance', 'ratio'),
      // As on the Analytics leaderboard: the column shows only when someone's work was rated.
      ...(reviewed ? [column('reviewAverage', 'score')] : []),
    ],
    rows: report.reps.map((rep) => ({
      cells: [
        rep.id === null ? names.t('kpiReport.values.unassigned') : (rep.name ?? names.user(rep.id)),
        rep.calls,
        rep.meetings,
        rep.emails,
        rep.demos,
        rep.proposals,
        rep.won,
        rep.revenue,
        rep.winRate,
        rep.overdueTasks,
        rep.compliance,
        ...(reviewed ? [rep.reviewAverage] : []),
      ],
    })),
  };
};

const lossSection = (report: KpiReport, names: Names): ReportSection => ({
  key: 'lossReasons',
  title: names.t('kpiReport.sections.lossReasons'),
  columns: [
    { key: 'reason', label: names.t('kpiReport.columns.reason'), format: 'text' },
    { key: 'count', label: names.t('kpiReport.columns.count'), format: 'int' },
    { key: 'value', label: names.t('kpiReport.columns.value'), format: 'money' },
    { key: 'byStage', label: names.t('kpiReport.columns.byStage'), format: 'text' },
  ],
  rows: report.lossReasons.map((row) => ({
    cells: [
      names.reason(row.id),
      row.count,
      row.value,
      row.byStage.map((stage) => `${names.stage(stage.stageKey)}: ${stage.count}`).join('; '),
    ],
  })),
});

const campaignsSection = (report: KpiReport, names: Names): ReportSection => {
  const column = (key: string, format: CellFormat) => ({ key, label: names.t(`kpiReport.columns.${key}`), format });
  return {
    key: 'campaigns',
    title: names.t('kpiReport.sections.campaigns'),
    columns: [
      column('campaign', 'text'),
      column('cost', 'money'),
      column('leads', 'int'),
      column('cpl', 'money'),
      column('qualified', 'int'),
      column('costPerQualified', 'money'),
      column('won', 'int'),
      column('cac', 'money'),
    ],
    rows: report.campaigns.map((row) => ({
      cells: [row.name, row.cost, row.leads, row.cpl, row.qualified, row.costPerQualified, row.won, row.cac],
    })),
  };
};

const forecastSection = (report: KpiReport, names: Names): ReportSection => ({
  key: 'forecast',
  title: names.t('kpiReport.sections.forecast'),
  columns: [
    { key: 'month', label: names.t('kpiReport.columns.month'), format: 'month' },
    { key: 'count', label: names.t('kpiReport.columns.count'), format: 'int' },
    { key: 'value', label: names.t('kpiReport.columns.value'), format: 'money' },
    { key: 'weighted', label: names.t('kpiReport.columns.weighted'), format: 'money' },
  ],
  rows: report.forecast.map((row) => ({
    cells: [row.month ?? names.t('kpiReport.values.noDate'), row.count, row.value, row.weighted],
  })),
});

const dealsSection = (
  key: 'topOpen' | 'largestLosses',
  deals: readonly KpiDrillDeal[],
  names: Names,
  timeZone: string,
): ReportSection => {
  const column = (name: string, format: CellFormat) => ({
    key: name,
    label: names.t(`kpiReport.columns.${name}`),
    format,
  });
  const open = key === 'topOpen';
  return {
    key,
    title: names.t(`kpiReport.sections.${key}`),
    columns: [
      column('deal', 'text'),
      column('owner', 'text'),
      column('stage', 'text'),
      column('value', 'money'),
      open ? column('weighted', 'money') : column('reason', 'text'),
      column('closeDate', 'date'),
    ],
    rows: deals.map((deal): ReportRow => ({
      cells: [
        deal.title,
        names.user(deal.ownerId),
        deal.stageKey === null ? null : names.stage(deal.stageKey),
        deal.valueMinor,
        open ? deal.weightedMinor : names.reason(deal.reasonId),
        deal.at === null ? null : localDateOf(deal.at, timeZone),
      ],
    })),
  };
};

/** «Неделя 48, 2026: 23.11.2026 — 29.11.2026», or «Период 02.11.2026 — 01.12.2026» for a custom range. */
const periodLine = (report: KpiReport, language: Language, t: Translate): string => {
  const day = (at: number) => formatCalendarDate(localDateOf(at, report.period.timeZone), language);
  const from = day(report.period.from);
  const to = day(report.period.to - 1);
  const period = formatPeriodLabel(report.period.label, language, t);
  return report.period.label.includes('..')
    ? t('kpiReport.period.customRange', { from, to })
    : t('kpiReport.period.range', { period, from, to });
};

const filtersLine = (data: WeeklyReportData, t: Translate): string => {
  const { filters } = data;
  const parts: string[] = [];
  const add = (key: string, value: string | null | undefined) => {
    if (value) parts.push(t(`kpiReport.filter.${key}`, { value }));
  };
  add('pipeline', filters.pipelineId && nameOf(data.pipelines, filters.pipelineId, t));
  add('owner', filters.ownerId && nameOf(data.users, filters.ownerId, t));
  add('team', filters.teamId && nameOf(data.teams, filters.teamId, t));
  add('source', filters.sourceId && nameOf(data.sources, filters.sourceId, t));
  add('campaign', filters.campaignId && nameOf(data.campaigns, filters.campaignId, t));
  add('segment', filters.segment);
  return parts.length === 0
    ? t('kpiReport.period.noFilters')
    : t('kpiReport.period.filters', { filters: parts.join(', ') });
};

/** The §6 JSON: the figures with names resolved (reason, rep, stage), money in minor units. */
const jsonOf = (report: KpiReport, names: Names) => ({
  ...report,
  stages: report.stages.map((stage) => ({ ...stage, name: names.stage(stage.key) })),
  reps: report.reps.map((rep) => ({
    ...rep,
    name: rep.id === null ? names.t('kpiReport.values.unassigned') : (rep.name ?? names.user(rep.id)),
  })),
  lossReasons: report.lossReasons.map(({ id, name: _name, defaultKey: _key, ...row }) => ({
    reason: names.reason(id),
    id,
    ...row,
  })),
});

/** The weekly report in one language: every section, chart and the JSON form. */
export const buildReportDocument = (
  data: WeeklyReportData,
  language: Language,
  options: { chartFont?: string } = {},
): ReportDocument => {
  const t = createTranslator(language);
  const { current, previous } = data.result;
  const stageNames = stageLabels([...current.stages, ...(previous?.stages ?? [])], t, (id) =>
    nameOf(data.pipelines, id, t),
  );
  const names: Names = {
    t,
    stage: (key) => stageNames.get(key) || key,
    user: (id) => (id === null ? t('kpiReport.values.unassigned') : (nameOf(data.users, id, t) ?? id)),
    reason: (id) => (id === null ? t('kpiReport.values.noReason') : (nameOf(data.lossReasons, id, t) ?? id)),
  };
  const timeZone = current.period.timeZone;
  const shortName = (label: string) =>
    formatPeriodShortLabel(label, language, t) ?? formatPeriodLabel(label, language, t);
  const periods: PeriodNames = {
    current: formatPeriodLabel(current.period.label, language, t),
    previous: previous ? formatPeriodLabel(previous.period.label, language, t) : null,
    currentShort: shortName(current.period.label),
    previousShort: previous ? shortName(previous.period.label) : null,
  };
  return {
    language,
    currency: current.currency,
    title: t('kpiReport.title'),
    label: current.period.label,
    periodName: periods.current,
    periodLine: periodLine(current, language, t),
    asOfLine: t('kpiReport.period.asOf', {
      date: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
        current.period.asOf,
      ),
    }),
    compareLine: periods.previous ? t('kpiReport.period.previous', { label: periods.previous }) : null,
    filtersLine: filtersLine(data, t),
    sections: [
      summarySection(current, previous, names, periods),
      funnelSection(current, previous, names, periods),
      stagesSection(current, names),
      repsSection(current, names),
      lossSection(current, names),
      campaignsSection(current, names),
      forecastSection(current, names),
      dealsSection('topOpen', data.topOpen, names, timeZone),
      dealsSection('largestLosses', data.largestLosses, names, timeZone),
    ],
    charts: reportCharts(current, previous, names, language, options.chartFont),
    json: { ...jsonOf(current, names), previous: previous ? jsonOf(previous, names) : null },
  };
};
