import type { Language } from '../contract/schemas/common';
import type { KpiReport } from '../contract/schemas/kpi';
import { forecastChartOption } from '../charts/forecastChartOption';
import { funnelChartOption } from '../charts/funnelChartOption';
import { lossReasonsChartOption } from '../charts/lossReasonsChartOption';
import { currencyExponent } from '../domain/currencyExponent';
import { FUNNEL_STEPS } from '../domain/funnelSteps';
import { formatMoney } from '../i18n/formatMoney';
import { formatMonthShortLabel, formatPeriodLabel } from '../i18n/formatPeriodLabel';
import type { ReportChart } from './ReportChart';
import type { ReportNames } from './ReportNames';

/** The report's charts, from the same option builders the app's pages use (rendered to SVG for the PDF). */
export const reportCharts = (
  current: KpiReport,
  previous: KpiReport | null,
  names: ReportNames,
  language: Language,
  fontFamily?: string,
): ReportChart[] => {
  const { t } = names;
  const digits = currencyExponent(current.currency);
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const text = { formatNumber: (value: number) => integer.format(value), ...(fontFamily ? { fontFamily } : {}) };
  const steps = FUNNEL_STEPS.map((step) => t(`funnel.step.${step}`));
  const result: ReportChart[] = [
    {
      key: 'funnel',
      title: t('kpiReport.charts.funnel'),
      option: funnelChartOption(
        {
          steps,
          current: {
            name: formatPeriodLabel(current.period.label, language, t),
            values: FUNNEL_STEPS.map((step) => current.entered[step]),
          },
          previous: previous
            ? {
                name: formatPeriodLabel(previous.period.label, language, t),
                values: FUNNEL_STEPS.map((step) => previous.entered[step]),
              }
            : null,
        },
        text,
      ),
    },
  ];
  if (current.forecast.length > 0) {
    result.push({
      key: 'forecast',
      title: t('kpiReport.charts.forecast'),
      option: forecastChartOption(
        {
          months: current.forecast.map((row) =>
            row.month ? formatMonthShortLabel(row.month, language) : t('kpiReport.values.noDate'),
          ),
          weighted: current.forecast.map((row) => row.weighted / 10 ** digits),
          name: t('kpiReport.columns.weighted'),
          formatMoney: (value) => formatMoney(Math.round(value * 10 ** digits), current.currency, language),
        },
        text,
      ),
    });
  }
  if (current.lossReasons.length > 0) {
    result.push({
      key: 'lossReasons',
      title: t('kpiReport.charts.lossReasons'),
      option: lossReasonsChartOption(
        {
          reasons: current.lossReasons.map((row) => names.reason(row.id)),
          counts: current.lossReasons.map((row) => row.count),
          name: t('kpiReport.columns.count'),
        },
        text,
      ),
    });
  }
  return result;
};
