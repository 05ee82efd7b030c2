import type { Language } from '@shared/contract/schemas/common';
import type { ReportChart } from '@shared/reports/ReportChart';
import type { ReportSection } from '@shared/reports/ReportSection';

/** The weekly report, language-resolved, from which every export format is rendered. */
export type ReportDocument = {
  language: Language;
  currency: string;
  title: string;
  /** The period's key (2026-W48), as the JSON and file names have it. */
  label: string;
  /** The period as the reader sees it: «Неделя 48, 2026». */
  periodName: string;
  periodLine: string;
  asOfLine: string;
  compareLine: string | null;
  filtersLine: string;
  sections: ReportSection[];
  charts: ReportChart[];
  /** The §6 JSON form (labels resolved), byte-stable for the same data. */
  json: unknown;
};
