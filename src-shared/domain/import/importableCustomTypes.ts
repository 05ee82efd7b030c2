import type { CustomFieldType } from '../customFields/customFieldKinds';

/** Custom field types a file's cell can fill (`customCellValue`); references to records are left out. */
export const IMPORTABLE_CUSTOM_TYPES: ReadonlySet<CustomFieldType> = new Set<CustomFieldType>([
  'text',
  'long_text',
  'number',
  'money',
  'date',
  'datetime',
  'single_select',
  'multi_select',
  'checkbox',
  'link',
  'phone',
  'email',
]);
