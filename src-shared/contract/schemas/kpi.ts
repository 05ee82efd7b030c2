import { z } from 'zod';
import { FUNNEL_STEPS } from '../../domain/funnelSteps';
import { DATE_PATTERN, MONTH_PATTERN, QUARTER_PATTERN, WEEK_PATTERN } from '../../domain/kpi/KpiPeriod';
import { currencySchema, epochMsSchema, idSchema } from './common';

export const kpiPeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('week'), week: z.string().regex(WEEK_PATTERN) }).strict(),
  z.object({ kind: z.literal('month'), month: z.string().regex(MONTH_PATTERN) }).strict(),
  z.object({ kind: z.literal('quarter'), quarter: z.string().regex(QUARTER_PATTERN) }).strict(),
  z
    .object({ kind: z.literal('custom'), from: z.string().regex(DATE_PATTERN), to: z.string().regex(DATE_PATTERN) })
    .strict(),
]);

/** Every filter narrows the deals a figure counts; activities follow their deal (and owner). */
export const kpiFiltersSchema = z
  .object({
    pipelineId: idSchema.optional(),
    ownerId: idSchema.optional(),
    sourceId: idSchema.optional(),
    campaignId: idSchema.optional(),
    /** The company's segment, as typed on the company (exact match). */
    segment: z.string().trim().min(1).max(200).optional(),
    /**
     * A saved segment (segments.list): its deals as they are now (membership is not rewound), with
     * their activities; churn and NPS count its companies.
     */
    segmentId: idSchema.optional(),
    /**
     * A team (teams.list): deals owned by its users and activities done by them, the owner as of
     * the report's time and the team as it is now (membership is not rewound, like a segment's).
     */
    teamId: idSchema.optional(),
  })
  .strict();
export type KpiFilters = z.output<typeof kpiFiltersSchema>;

export const kpiReportInputSchema = z
  .object({
    period: kpiPeriodSchema,
    filters: kpiFiltersSchema.default({}),
    /** The report as it stood at this instant; default: the end of the period, or now if sooner. */
    asOf: epochMsSchema.optional(),
    /** Also compute the previous period (same as-of rule), for the change column. */
    compare: z.boolean().default(true),
  })
  .strict();
export type KpiReportInput = z.input<typeof kpiReportInputSchema>;

const ratioSchema = z.number().min(0).max(1).nullable();
const minorSchema = z.number().int();
const countValueSchema = z.object({ count: z.number().int().nonnegative(), value: minorSchema });
const stepRecord = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(FUNNEL_STEPS.map((step) => [step, schema])) as Record<(typeof FUNNEL_STEPS)[number], T>);

export const kpiStageSchema = z.object({
  key: z.string(),
  id: idSchema,
  pipelineId: idSchema,
  name: z.string().nullable(),
  defaultKey: z.string().nullable(),
  step: z.enum(FUNNEL_STEPS),
});
export type KpiStage = z.infer<typeof kpiStageSchema>;

export const kpiReportSchema = z.object({
  period: z.object({
    from: epochMsSchema,
    to: epochMsSchema,
    asOf: epochMsSchema,
    label: z.string(),
    timeZone: z.string(),
  }),
  /** Money figures count deals in this currency (the workspace's); counts include every deal. */
  currency: currencySchema,
  entered: stepRecord(z.number().int().nonnegative()),
  /** Step → next (cohort); the last step has no next and is null. */
  conversion: stepRecord(ratioSchema),
  leadToQualified: ratioSchema,
  winRate: ratioSchema,
  won: countValueSchema,
  lost: countValueSchema,
  revenue: minorSchema,
  avgDealSize: minorSchema.nullable(),
  salesCycleDays: z.object({ median: z.number().nullable(), mean: z.number().nullable() }),
  timeInStageDays: z.record(
    z.string(),
    z.object({
      median: z.number().nullable(),
      n: z.number().int().nonnegative(),
      /** Open deals in the stage as of the as-of time, their median age and how many are rotting. */
      open: z.number().int().nonnegative(),
      openMedianDays: z.number().nullable(),
      rotting: z.number().int().nonnegative(),
    }),
  ),
  /** The stages the per-stage figures are keyed by (key = seeded key, else the stage id). */
  stages: z.array(kpiStageSchema),
  speedToLeadHours: z.object({
    median: z.number().nullable(),
    withinSla: ratioSchema,
    /** Deals created in the period that had a first outbound touch by the as-of time. */
    n: z.number().int().nonnegative(),
  }),
  campaigns: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      cost: minorSchema,
      leads: z.number().int().nonnegative(),
      cpl: minorSchema.nullable(),
      qualified: z.number().int().nonnegative(),
      costPerQualified: minorSchema.nullable(),
      won: z.number().int().nonnegative(),
      cac: minorSchema.nullable(),
    }),
  ),
  reps: z.array(
    z.object({
      id: idSchema.nullable(),
      name: z.string().nullable(),
      calls: z.number().int().nonnegative(),
      meetings: z.number().int().nonnegative(),
      emails: z.number().int().nonnegative(),
      demos: z.number().int().nonnegative(),
      proposals: z.number().int().nonnegative(),
      won: z.number().int().nonnegative(),
      revenue: minorSchema,
      winRate: ratioSchema,
      overdueTasks: z.number().int().nonnegative(),
      compliance: ratioSchema,
      /** Mean quality-review score (1–5, one decimal) of the rep's activities done in the period. */
      reviewAverage: z.number().min(1).max(5).nullable(),
      reviews: z.number().int().nonnegative(),
    }),
  ),
  lossReasons: z.array(
    z.object({
      id: idSchema.nullable(),
      name: z.string().nullable(),
      defaultKey: z.string().nullable(),
      count: z.number().int().nonnegative(),
      value: minorSchema,
      byStage: z.array(z.object({ stageKey: z.string(), count: z.number().int().nonnegative(), value: minorSchema })),
    }),
  ),
  forecast: z.array(
    z.object({
      /** Expected close month (YYYY-MM, workspace zone); null for deals without a date. */
      month: z.string().nullable(),
      weighted: minorSchema,
      value: minorSchema,
      count: z.number().int().nonnegative(),
    }),
  ),
  churnRate: ratioSchema,
  ltv: minorSchema.nullable(),
  nps: z.object({ score: z.number().min(-100).max(100).nullable(), responses: z.number().int().nonnegative() }),
  repeatSales: countValueSchema,
  compliance: ratioSchema,
  complianceByStage: z.record(
    z.string(),
    z.object({ exits: z.number().int().nonnegative(), compliant: z.number().int().nonnegative(), rate: ratioSchema }),
  ),
});
export type KpiReport = z.infer<typeof kpiReportSchema>;

export const kpiReportResultSchema = z.object({ current: kpiReportSchema, previous: kpiReportSchema.nullable() });
export type KpiReportResult = z.infer<typeof kpiReportResultSchema>;

/** The figures a drill-down can list the deals of. */
export const KPI_DRILL_FIGURES = [
  'entered',
  'converted',
  'created',
  'qualified',
  'won',
  'lost',
  'timeInStage',
  'open',
  'rotting',
  'speedToLead',
  'withinSla',
  'campaignLeads',
  'campaignWon',
  'lossReason',
  'forecast',
  'repeatSales',
  'complianceExits',
  'nonCompliantExits',
  'repWon',
  'openDeals',
] as const;
export type KpiDrillFigure = (typeof KPI_DRILL_FIGURES)[number];

export const kpiDrillDownInputSchema = z
  .object({
    period: kpiPeriodSchema,
    filters: kpiFiltersSchema.default({}),
    asOf: epochMsSchema.optional(),
    figure: z.enum(KPI_DRILL_FIGURES),
    /** entered / converted: the funnel step. */
    step: z.enum(FUNNEL_STEPS).optional(),
    /** timeInStage, open, rotting, complianceExits, nonCompliantExits, lossReason: the stage key. */
    stageKey: z.string().max(100).optional(),
    /** lossReason: the reason id (null: deals lost without a reason). */
    reasonId: idSchema.nullable().optional(),
    campaignId: idSchema.optional(),
    /** repWon: the owner (null: unassigned deals). */
    ownerId: idSchema.nullable().optional(),
    /** forecast: YYYY-MM, or null for deals without an expected close date. */
    month: z.string().regex(MONTH_PATTERN).nullable().optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type KpiDrillDownInput = z.input<typeof kpiDrillDownInputSchema>;

export const kpiDrillDealSchema = z.object({
  id: idSchema,
  title: z.string(),
  valueMinor: minorSchema,
  currency: z.string(),
  ownerId: idSchema.nullable(),
  stageKey: z.string().nullable(),
  /** Open deals: value × stage probability; null for closed ones. */
  weightedMinor: minorSchema.nullable(),
  /** Lost deals: the loss reason (null: none or not lost). */
  reasonId: idSchema.nullable(),
  /** When the deal did what the figure counts (entered, won, lost, exited…). */
  at: epochMsSchema.nullable(),
});
export type KpiDrillDeal = z.infer<typeof kpiDrillDealSchema>;

export const kpiDrillDownResultSchema = z.object({
  deals: z.array(kpiDrillDealSchema),
  total: z.number().int().nonnegative(),
});
export type KpiDrillDownResult = z.infer<typeof kpiDrillDownResultSchema>;
