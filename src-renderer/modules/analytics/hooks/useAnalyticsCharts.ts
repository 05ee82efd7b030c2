import type { EChartsOption } from 'echarts';
import { SPEED_BUCKETS, type AnalyticsOverview } from '@shared/contract/schemas/analytics';
import { barsChartOption } from '@shared/charts/barsChartOption';
import { CHART_COLORS } from '@shared/charts/chartTheme';
import { forecastChartOption } from '@shared/charts/forecastChartOption';
import { funnelChartOption } from '@shared/charts/funnelChartOption';
import { trendChartOption } from '@shared/charts/trendChartOption';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { FUNNEL_STEPS } from '@shared/domain/funnelSteps';
import {
  formatMonthLabel,
  formatMonthShortLabel,
  formatPeriodLabel,
  formatPeriodShortLabel,
} from '@shared/i18n/formatPeriodLabel';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import type { ChartClick } from '../components/AnalyticsChart';
import type { DrillRequest } from '../utils/DrillRequest';
import type { AnalyticsNames } from './useAnalyticsNames';
import type { FigureFormat } from './useFigureFormat';

export type ChartSpec = {
  id: string;
  title: string;
  note?: string;
  option: EChartsOption | null;
  /** The list a click on series / category asks for (null: nothing to list). */
  drill(click: ChartClick): DrillRequest | null;
  wide?: boolean;
};

const STAGE_COLORS = ['#2563eb', '#0f766e', '#d97706', '#7c3aed', '#db2777', '#64748b', '#0891b2', '#65a30d'];

/** The page's charts from the overview, each with what a click on it lists. */
export const useAnalyticsCharts = (
  data: AnalyticsOverview | null,
  names: AnalyticsNames,
  format: FigureFormat,
): ChartSpec[] => {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(() => {
    if (!data) return [];
    const { current, previous, trend } = data;
    const report = current.report;
    const currentName = formatPeriodLabel(report.period.label, language, t);
    const previousName = formatPeriodLabel(previous.report.period.label, language, t);
    const text = { formatNumber: (value: number) => format.int(value) };
    const step = (key: string) => t(`funnel.step.${key}`);
    const stepNames = FUNNEL_STEPS.map(step);
    const stages = report.stages.filter(
      (stage) => stage.step !== 'retention' || (report.timeInStageDays[stage.key]?.n ?? 0) > 0,
    );
    const digits = currencyExponent(report.currency);

    const funnel: ChartSpec = {
      id: 'funnel',
      title: t('analytics.charts.funnel'),
      option: funnelChartOption(
        {
          steps: stepNames,
          current: { name: currentName, values: FUNNEL_STEPS.map((key) => report.entered[key]) },
          previous: {
            name: previousName,
            values: FUNNEL_STEPS.map((key) => previous.report.entered[key]),
          },
        },
        text,
      ),
      // Series 0 is the previous period, 1 the current one.
      drill: ({ seriesIndex, dataIndex }) => {
        const key = FUNNEL_STEPS[dataIndex];
        if (!key) return null;
        const title = t('analytics.figures.entered', { step: step(key) });
        return seriesIndex === 0
          ? {
              title: t('analytics.drill.previousPeriod', { figure: title }),
              figure: { figure: 'entered', step: key },
              previous: true,
            }
          : { title, figure: { figure: 'entered', step: key } };
      },
      wide: true,
    };

    const lineSteps = FUNNEL_STEPS.slice(0, 4);
    const trendChart: ChartSpec = {
      id: 'trend',
      title: trend.extended
        ? t('analytics.charts.trendExtended', { count: trend.weeks.length })
        : t('analytics.charts.trend'),
      option: trendChartOption(
        {
          // «Неделя 47» / "Week 47", not the key «2026-W47»: the year is in the period line above.
          weeks: trend.weeks.map((week) => formatPeriodShortLabel(week.week, language, t) ?? week.week),
          lines: lineSteps.map((key) => ({
            name: t('analytics.charts.conversionLine', { step: step(key) }),
            values: trend.weeks.map((week) => week.conversion[key]),
          })),
          formatPercent: (value) => format.percent(value),
        },
        text,
      ),
      drill: ({ seriesIndex, dataIndex }) => {
        const key = lineSteps[seriesIndex];
        const week = trend.weeks[dataIndex];
        if (!key || !week) return null;
        return {
          title: t('analytics.figures.trendEntered', {
            step: step(key),
            week: formatPeriodLabel(week.week, language, t),
          }),
          figure: { figure: 'trendEntered', step: key, week: week.week },
        };
      },
      wide: true,
    };

    const timeInStage: ChartSpec = {
      id: 'timeInStage',
      title: t('analytics.charts.timeInStage'),
      option: stages.some((stage) => (report.timeInStageDays[stage.key]?.n ?? 0) > 0)
        ? barsChartOption(
            {
              categories: stages.map((stage) => names.stage(stage.key)),
              series: [
                {
                  name: previousName,
                  values: stages.map((stage) => previous.report.timeInStageDays[stage.key]?.median ?? null),
                  color: CHART_COLORS.previous,
                },
                {
                  name: currentName,
                  values: stages.map((stage) => report.timeInStageDays[stage.key]?.median ?? null),
                  color: CHART_COLORS.current,
                },
              ],
              formatValue: (value) => format.decimal(value),
              horizontal: true,
              labels: true,
            },
            text,
          )
        : null,
      drill: ({ seriesIndex, dataIndex }) => {
        const stage = stages[dataIndex];
        if (!stage) return null;
        const title = t('analytics.figures.timeInStage', { stage: names.stage(stage.key) });
        return seriesIndex === 0
          ? {
              title: t('analytics.drill.previousPeriod', { figure: title }),
              figure: { figure: 'timeInStage', stageKey: stage.key },
              previous: true,
            }
          : { title, figure: { figure: 'timeInStage', stageKey: stage.key } };
      },
    };

    const lossStages = [...new Set(report.lossReasons.flatMap((reason) => reason.byStage.map((row) => row.stageKey)))];
    const lossReasons: ChartSpec = {
      id: 'lossReasons',
      title: t('analytics.charts.lossReasons'),
      // The value lost matters as much as the count: a reason that costs few but large deals shows.
      note: t('analytics.charts.lostValue', {
        value: format.money(
          report.lossReasons.reduce((sum, reason) => sum + reason.value, 0),
          report.currency,
        ),
      }),
      option:
        report.lossReasons.length > 0
          ? barsChartOption(
              {
                categories: report.lossReasons.map(
                  (reason) => `${names.reason(reason.id)} · ${format.moneyCompact(reason.value, report.currency)}`,
                ),
                series: lossStages.map((stageKey, index) => ({
                  name: names.stage(stageKey),
                  values: report.lossReasons.map(
                    (reason) => reason.byStage.find((row) => row.stageKey === stageKey)?.count ?? null,
                  ),
                  color: STAGE_COLORS[index % STAGE_COLORS.length] ?? CHART_COLORS.loss,
                  stack: 'stage',
                })),
                formatValue: (value) => format.int(value),
                horizontal: true,
              },
              text,
            )
          : null,
      drill: ({ seriesIndex, dataIndex }) => {
        const reason = report.lossReasons[dataIndex];
        const stageKey = lossStages[seriesIndex];
        if (!reason || !stageKey) return null;
        return {
          title: t('analytics.figures.lossReason', { reason: names.reason(reason.id), stage: names.stage(stageKey) }),
          figure: { figure: 'lossReason', reasonId: reason.id, stageKey },
        };
      },
    };

    const withinSla = report.speedToLeadHours.withinSla;
    const speed: ChartSpec = {
      id: 'speed',
      title: t('analytics.charts.speed'),
      note: t('analytics.charts.speedWithinSla', { value: format.percent(withinSla) }),
      option: current.speedToLead.some((row) => row.count > 0)
        ? barsChartOption(
            {
              categories: SPEED_BUCKETS.map((bucket) => t(`analytics.buckets.${bucket}`)),
              series: [
                {
                  name: previousName,
                  values: previous.speedToLead.map((row) => row.count),
                  color: CHART_COLORS.previous,
                },
                {
                  name: currentName,
                  values: current.speedToLead.map((row) => row.count),
                  color: CHART_COLORS.current,
                },
              ],
              formatValue: (value) => format.int(value),
              labels: true,
            },
            text,
          )
        : null,
      drill: ({ seriesIndex, dataIndex }) => {
        const bucket = SPEED_BUCKETS[dataIndex];
        if (!bucket) return null;
        const title =
          bucket === 'none'
            ? t('analytics.figures.speedNone')
            : t('analytics.figures.speedBucket', { bucket: t(`analytics.buckets.${bucket}`) });
        return seriesIndex === 0
          ? {
              title: t('analytics.drill.previousPeriod', { figure: title }),
              figure: { figure: 'speedBucket', bucket },
              previous: true,
            }
          : { title, figure: { figure: 'speedBucket', bucket } };
      },
    };

    const months = report.forecast;
    const forecast: ChartSpec = {
      id: 'forecast',
      title: t('analytics.charts.forecast'),
      option:
        months.length > 0
          ? forecastChartOption(
              {
                months: months.map((row) =>
                  row.month ? formatMonthShortLabel(row.month, language) : t('kpiReport.values.noDate'),
                ),
                weighted: months.map((row) => row.weighted / 10 ** digits),
                name: t('kpiReport.columns.weighted'),
                formatMoney: (value) => format.money(Math.round(value * 10 ** digits), report.currency),
              },
              text,
            )
          : null,
      drill: ({ dataIndex }) => {
        const row = months[dataIndex];
        if (!row) return null;
        return {
          title: t('analytics.figures.forecast', {
            month: row.month ? formatMonthLabel(row.month, language, t) : t('kpiReport.values.noDate'),
          }),
          figure: { figure: 'forecast', month: row.month },
        };
      },
    };

    const gated = Object.keys(report.complianceByStage);
    const gatedStages = [
      ...stages.map((stage) => stage.key).filter((key) => gated.includes(key)),
      ...gated.filter((key) => !stages.some((stage) => stage.key === key)),
    ];
    const compliance: ChartSpec = {
      id: 'compliance',
      wide: true,
      title: t('analytics.charts.compliance'),
      note: format.percent(report.compliance),
      option:
        gatedStages.length > 0
          ? barsChartOption(
              {
                categories: gatedStages.map((key) => names.stage(key)),
                series: [
                  {
                    name: currentName,
                    values: gatedStages.map((key) => report.complianceByStage[key]?.rate ?? null),
                    color: CHART_COLORS.weighted,
                  },
                ],
                formatValue: (value) => format.percent(value),
                horizontal: true,
                max: 1,
                labels: true,
              },
              text,
            )
          : null,
      drill: ({ dataIndex }) => {
        const key = gatedStages[dataIndex];
        if (!key) return null;
        return {
          title: t('analytics.figures.complianceExits', { stage: names.stage(key) }),
          figure: { figure: 'complianceExits', stageKey: key },
        };
      },
    };

    return [funnel, trendChart, timeInStage, lossReasons, speed, forecast, compliance];
  }, [data, names, format, t, language]);
};
