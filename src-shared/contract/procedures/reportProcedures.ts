import { query } from '../procedure';
import {
  reportFileSchema,
  reportPreviewInputSchema,
  reportPreviewSchema,
  reportRenderInputSchema,
} from '../schemas/reports';

export const reportProcedures = {
  /**
   * The weekly funnel report rendered to a file's bytes. The browser shell downloads them; the
   * desktop app saves them through main's save dialog (the renderer never names a path).
   */
  'reports.render': query(reportRenderInputSchema, reportFileSchema),
  /** The same report as tables and figures for the Reports page. */
  'reports.preview': query(reportPreviewInputSchema, reportPreviewSchema),
} as const;
