import type { CustomRefNames, CustomValues } from '@shared/contract/schemas/customFields';
import type { CustomFieldEntity } from '@shared/domain/customFields/customFieldKinds';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChoosableColumn } from '../../../ui/DataTable/ColumnChooser';
import { type HiddenColumns, useHiddenColumns } from '../../../ui/DataTable/useHiddenColumns';
import { CustomValueText } from '../components/CustomValueText';
import '../components/CustomFields.css';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import { useCustomFields } from './useCustomFields';

const isCustom = (id: string) => id.startsWith('cf:');

/**
 * A table's custom-field columns (`cf:<field id>`, sorted and filtered on the server), for the
 * deals, companies and contacts tables alike. They start hidden: the column chooser shows one
 * once asked, and that choice is kept apart (under `shownKey`) from the built-in columns' (a new
 * field never squeezes the table by itself).
 */
export const useCustomColumns = <
  Row extends { customValues?: CustomValues | undefined; customRefNames?: CustomRefNames | undefined },
>(
  entity: CustomFieldEntity,
  base: HiddenColumns,
  shownKey: string,
): { columns: ColumnDef<Row, unknown>[]; choosable: ChoosableColumn[]; hidden: HiddenColumns } => {
  const { i18n } = useTranslation();
  const fields = useCustomFields(entity);
  const shown = useHiddenColumns(shownKey, []);
  return useMemo(() => {
    const ids = (fields ?? []).map((field) => `cf:${field.id}`);
    const columns = (fields ?? []).map((field): ColumnDef<Row, unknown> => ({
      id: `cf:${field.id}`,
      header: () => customFieldName(field, i18n.language),
      accessorFn: (row) => row.customValues?.[field.id] ?? null,
      size: field.type === 'long_text' ? 220 : 150,
      minSize: 90,
      cell: (info) => (
        <CustomValueText
          field={field}
          value={info.row.original.customValues?.[field.id]}
          refNames={info.row.original.customRefNames}
        />
      ),
    }));
    const choosable = (fields ?? []).map((field) => ({
      id: `cf:${field.id}`,
      label: customFieldName(field, i18n.language),
      locked: false,
    }));
    const hiddenList = [
      ...base.hidden.filter((id) => !isCustom(id)),
      ...ids.filter((id) => !shown.hidden.includes(id)),
    ];
    const hidden: HiddenColumns = {
      hidden: hiddenList,
      visibility: Object.fromEntries(hiddenList.map((id) => [id, false])),
      setHidden: (next) => {
        base.setHidden(next.filter((id) => !isCustom(id)));
        // `shown` keeps the custom columns the user turned on.
        shown.setHidden(ids.filter((id) => !next.includes(id)));
      },
    };
    return { columns, choosable, hidden };
  }, [fields, i18n.language, base, shown]);
};
