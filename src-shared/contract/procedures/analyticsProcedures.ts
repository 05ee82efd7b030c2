import { query } from '../procedure';
import {
  analyticsDrillInputSchema,
  analyticsDrillResultSchema,
  analyticsOverviewInputSchema,
  analyticsOverviewSchema,
} from '../schemas/analytics';

export const analyticsProcedures = {
  /**
   * The analytics page's figures for a period and the one before (funnel, weekly conversion
   * trend, closings, losses, sources and campaigns, speed to lead, forecast, compliance, reps),
   * all from the KPI engine.
   */
  'analytics.overview': query(analyticsOverviewInputSchema, analyticsOverviewSchema),
  /** The deals behind one number of the overview (the KPI engine's drill-downs and the page's own). */
  'analytics.drill': query(analyticsDrillInputSchema, analyticsDrillResultSchema),
} as const;
