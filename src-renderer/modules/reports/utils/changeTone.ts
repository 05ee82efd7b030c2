import type { CellFormat, ReportCell, ReportRow } from '@shared/reports/ReportSection';

/**
 * The colour of a change against the period before: green for good news, red for bad. A rise is
 * good unless the row says less is better (deals lost, the sales cycle, the time to first touch).
 */
export const changeTone = (
  cell: ReportCell,
  format: CellFormat,
  better: ReportRow['better'],
): 'good' | 'bad' | null => {
  if ((format !== 'change' && format !== 'points') || typeof cell !== 'number' || cell === 0) return null;
  return cell > 0 === (better !== 'down') ? 'good' : 'bad';
};
