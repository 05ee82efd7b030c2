import type { CustomValues } from '@shared/contract/schemas/customFields';
import type { Db } from '../db/Db';
import { customValuesOf } from '../modules/customFields/customFields.repo';

/** A page of records with their custom values, read in one query for the page (what custom columns write). */
export const withCustomValues = <Row extends { id: string }>(
  db: Db,
  rows: readonly Row[],
): (Row & { customValues: CustomValues })[] => {
  const values = customValuesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, customValues: values.get(row.id) ?? {} }));
};
