import { query } from '../procedure';
import { tableExportFileSchema, tableExportInputSchema } from '../schemas/exports';

export const exportProcedures = {
  /**
   * A table view (its filters, sort and visible columns; every page) as CSV or XLSX bytes. The
   * browser shell downloads them; the desktop app saves them through main's save dialog.
   */
  'exports.table': query(tableExportInputSchema, tableExportFileSchema),
} as const;
