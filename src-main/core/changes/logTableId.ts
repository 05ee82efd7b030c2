import { LOG_TABLES } from './LOG_TABLES';

/** The fixed `change_names` number of a table of LOG_TABLES (m0072), for SQL that names it. */
export const logTableId = (table: string): number => {
  const index = LOG_TABLES.indexOf(table);
  if (index < 0) throw new Error(`${table} has no fixed change-log number`);
  return index + 1;
};
