import { query } from '../procedure';
import {
  kpiDrillDownInputSchema,
  kpiDrillDownResultSchema,
  kpiReportInputSchema,
  kpiReportResultSchema,
} from '../schemas/kpi';

export const kpiProcedures = {
  /** Every DESIGN §6 figure for a period and filters, as of an instant, with the previous period. */
  'kpi.report': query(kpiReportInputSchema, kpiReportResultSchema),
  /** The deals behind one figure of the same report. */
  'kpi.drillDown': query(kpiDrillDownInputSchema, kpiDrillDownResultSchema),
} as const;
