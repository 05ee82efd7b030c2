import { z } from 'zod';
import { FUNNEL_STEPS } from '../../domain/funnelSteps';
import { MONTH_PATTERN, WEEK_PATTERN } from '../../domain/kpi/KpiPeriod';
import { epochMsSchema, idSchema } from './common';
import { kpiDrillDownResultSchema, kpiFiltersSchema, kpiPeriodSchema, kpiReportSchema, KPI_DRILL_FIGURES } from './kpi';

export const analyticsOverviewInputSchema = z
  .object({
    period: kpiPeriodSchema,
    filters: kpiFiltersSchema.default({}),
    /** The figures as they stood at this instant; default: the end of the period, or now if sooner. */
    asOf: epochMsSchema.optional(),
  })
  .strict();
export type AnalyticsOverviewInput = z.input<typeof analyticsOverviewInputSchema>;

const count = z.number().int().nonnegative();
const ratio = z.number().min(0).max(1).nullable();
const minor = z.number().int();

/** Speed-to-lead buckets (hours from creation to the first outbound touch); `none`: no touch yet. */
export const SPEED_BUCKETS = ['h1', 'h4', 'h24', 'd3', 'later', 'none'] as const;
export type SpeedBucket = (typeof SPEED_BUCKETS)[number];

/** Activity columns of the rep leaderboard a drill can list the deals of. */
export const REP_ACTIVITY_COLUMNS = ['calls', 'meetings', 'emails', 'demos', 'proposals'] as const;
export type RepActivityColumn = (typeof REP_ACTIVITY_COLUMNS)[number];

export const funnelRowSchema = z.object({
  step: z.enum(FUNNEL_STEPS),
  entered: count,
  /** Of those that entered, how many reached a later step by the as-of time (the last step: 0). */
  converted: count,
  /** Entered and did not (yet) reach a later step; null for the last step, which has no next. */
  dropOff: count.nullable(),
  conversion: ratio,
});
export type FunnelRow = z.infer<typeof funnelRowSchema>;

export const analyticsPeriodSchema = z.object({
  /** Every DESIGN §6 figure, as kpi.report gives it. */
  report: kpiReportSchema,
  funnel: z.array(funnelRowSchema),
  speedToLead: z.array(z.object({ bucket: z.enum(SPEED_BUCKETS), count })),
  sources: z.array(
    z.object({
      /** null: deals without a source. */
      id: idSchema.nullable(),
      name: z.string().nullable(),
      defaultKey: z.string().nullable(),
      leads: count,
      qualified: count,
      won: count,
      /** Cost of the source's campaigns attributed to the period; null where no cost was entered. */
      cost: minor.nullable(),
      cpl: minor.nullable(),
      costPerQualified: minor.nullable(),
    }),
  ),
});
export type AnalyticsPeriod = z.infer<typeof analyticsPeriodSchema>;

export const trendWeekSchema = z.object({
  week: z.string().regex(WEEK_PATTERN),
  from: epochMsSchema,
  to: epochMsSchema,
  /** The week's cohort per step: entered in the week, and of them reached a later step by the as-of time. */
  entered: z.object(
    Object.fromEntries(FUNNEL_STEPS.map((step) => [step, count])) as Record<
      (typeof FUNNEL_STEPS)[number],
      typeof count
    >,
  ),
  conversion: z.object(
    Object.fromEntries(FUNNEL_STEPS.map((step) => [step, ratio])) as Record<
      (typeof FUNNEL_STEPS)[number],
      typeof ratio
    >,
  ),
});
export type TrendWeek = z.infer<typeof trendWeekSchema>;

export const analyticsOverviewSchema = z.object({
  current: analyticsPeriodSchema,
  previous: analyticsPeriodSchema,
  /** Weekly cohorts over the period's weeks (at least the last 8, so a week has a trend to sit in). */
  trend: z.object({ weeks: z.array(trendWeekSchema), extended: z.boolean() }),
  /** What the source and campaign filters can choose from. */
  options: z.object({
    sources: z.array(z.object({ id: idSchema, name: z.string().nullable(), defaultKey: z.string().nullable() })),
    campaigns: z.array(z.object({ id: idSchema, name: z.string() })),
  }),
});
export type AnalyticsOverview = z.infer<typeof analyticsOverviewSchema>;

/** The figures only the analytics page has; the rest are kpi.drillDown's. */
export const ANALYTICS_DRILL_FIGURES = [
  'dropOff',
  'trendEntered',
  'speedBucket',
  'sourceLeads',
  'sourceWon',
  'repClosed',
  'repExits',
  'repActivity',
  'repOverdue',
  'repReviewed',
] as const;

export const analyticsDrillInputSchema = z
  .object({
    period: kpiPeriodSchema,
    filters: kpiFiltersSchema.default({}),
    asOf: epochMsSchema.optional(),
    figure: z.enum([...KPI_DRILL_FIGURES, ...ANALYTICS_DRILL_FIGURES]),
    step: z.enum(FUNNEL_STEPS).optional(),
    stageKey: z.string().max(100).optional(),
    reasonId: idSchema.nullable().optional(),
    campaignId: idSchema.optional(),
    /** sourceLeads / sourceWon: the source (null: deals without one). */
    sourceId: idSchema.nullable().optional(),
    /** rep figures: the owner (null: unassigned). */
    ownerId: idSchema.nullable().optional(),
    month: z.string().regex(MONTH_PATTERN).nullable().optional(),
    /** trendEntered: the ISO week of the cohort. */
    week: z.string().regex(WEEK_PATTERN).optional(),
    bucket: z.enum(SPEED_BUCKETS).optional(),
    activity: z.enum(REP_ACTIVITY_COLUMNS).optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type AnalyticsDrillInput = z.input<typeof analyticsDrillInputSchema>;

export const analyticsDrillResultSchema = kpiDrillDownResultSchema;
