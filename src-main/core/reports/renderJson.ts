import type { ReportDocument } from './ReportDocument';

/** The §6 JSON form: stable key order and formatting, so the same data gives the same bytes. */
export const renderJson = (document: ReportDocument): string => `${JSON.stringify(document.json, null, 2)}\n`;
