import type ExcelJS from 'exceljs';

/**
 * ExcelJS, loaded by the first workbook read or written rather than at every start of the core
 * (it alone is ~27 MB of memory and a third of a second on a slow machine).
 */
export const loadExcelJs = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
