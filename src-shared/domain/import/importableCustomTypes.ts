import { CUSTOM_FIELD_TYPES, type CustomFieldType } from '../customFields/customFieldKinds';

/** References to other records: a name in a file is ambiguous, so they are filled on the record. */
const REFERENCES: ReadonlySet<CustomFieldType> = new Set<CustomFieldType>(['user', 'company', 'contact']);

/** Custom field types a file's cell can fill (`customCellValue`): every type but the references. */
export const IMPORTABLE_CUSTOM_TYPES: ReadonlySet<CustomFieldType> = new Set(
  CUSTOM_FIELD_TYPES.filter((type) => !REFERENCES.has(type)),
);
