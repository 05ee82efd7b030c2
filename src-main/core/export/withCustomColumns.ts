import type { CustomSortField } from '@shared/contract/schemas/customFields';
import type { ExportColumnOf } from './collectTableExport';
import type { WithCustomValues } from './customExportColumns';

const isCustom = (id: string): id is CustomSortField => id.startsWith('cf:');

/**
 * A table's built-in export columns together with its custom-field ones: the requested ids that
 * still name a column (a field archived since the view was saved drops out), or, with none
 * requested, every built-in column followed by every active custom field.
 */
export const withCustomColumns = <Row extends WithCustomValues, Id extends string>(
  builtIn: Record<Id, ExportColumnOf<Row>[]>,
  custom: ReadonlyMap<CustomSortField, ExportColumnOf<WithCustomValues>[]>,
  requested: readonly (Id | CustomSortField)[] | undefined,
): { columns: (Id | CustomSortField)[]; columnsById: Record<Id | CustomSortField, ExportColumnOf<Row>[]> } => {
  const columnsById = { ...builtIn, ...Object.fromEntries(custom) } as Record<
    Id | CustomSortField,
    ExportColumnOf<Row>[]
  >;
  const ids = requested ?? [...(Object.keys(builtIn) as Id[]), ...custom.keys()];
  return { columns: ids.filter((id) => !isCustom(id) || custom.has(id)), columnsById };
};
