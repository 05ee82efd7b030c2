import type { CustomField, CustomSortField, CustomValues } from '@shared/contract/schemas/customFields';
import type { Language } from '@shared/contract/schemas/common';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import type { CustomFieldEntity } from '@shared/domain/customFields/customFieldKinds';
import type { CustomValue, MoneyValue } from '@shared/domain/customFields/CustomValue';
import type { Translate } from '@shared/i18n/Translate';
import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import { listActiveCustomFields } from '../modules/customFields/customFields.repo';
import type { ExportColumnOf } from './collectTableExport';
import type { ExportCell } from './TableExport';

/** A row that carries its record's custom values (the deals list does; companies and contacts get them per page). */
export type WithCustomValues = { customValues?: CustomValues | undefined };

type Column = ExportColumnOf<WithCustomValues>;

// Tombstoned records too: a value names whom it named when it was set.
const REFERENCE_NAMES = {
  user: 'SELECT name FROM users WHERE id = ?',
  company: 'SELECT name FROM companies WHERE id = ?',
  contact: 'SELECT name FROM contacts WHERE id = ?',
} as const;

/** Looks each referenced record up once per export, however many rows name it. */
const referenceNames = (db: Db) => {
  const names = new Map<string, string | null>();
  return (kind: keyof typeof REFERENCE_NAMES, id: string): string | null => {
    if (!names.has(id))
      names.set(id, (prepare(db, REFERENCE_NAMES[kind]).pluck().get(id) as string | undefined) ?? null);
    return names.get(id) ?? null;
  };
};

const isMoney = (value: CustomValue): value is MoneyValue =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Option labels in the order the value lists them; an option deleted since reads as its id's absence. */
const optionLabels = (field: CustomField, value: CustomValue): string | null => {
  const ids = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const labels = ids.flatMap((id) => field.options.find((option) => option.id === id)?.label ?? []);
  return labels.length === 0 ? null : labels.join(', ');
};

/** One field's columns: the value as its type writes it (money as an amount and its currency, as built-in amounts are). */
const columnsOfField = (
  field: CustomField,
  label: string,
  t: Translate,
  nameOf: ReturnType<typeof referenceNames>,
): Column[] => {
  const value = (row: WithCustomValues): CustomValue => row.customValues?.[field.id] ?? null;
  const cell = (kind: Column['kind'], read: (value: CustomValue) => ExportCell): Column[] => [
    { label, kind, cell: (row) => (value(row) === null ? null : read(value(row))) },
  ];
  switch (field.type) {
    case 'number':
      return cell('number', (v) => (typeof v === 'number' ? v : null));
    case 'money':
      return [
        ...cell('money', (v) => (isMoney(v) ? v.amountMinor / 10 ** currencyExponent(v.currency) : null)),
        ...cell('text', (v) => (isMoney(v) ? v.currency : null)).map((column) => ({
          ...column,
          label: `${label} (${t('deal.fields.currency')})`,
        })),
      ];
    case 'date':
      return cell('date', (v) => (typeof v === 'string' ? v : null));
    case 'datetime':
      return cell('dateTime', (v) => (typeof v === 'number' ? v : null));
    case 'checkbox':
      return cell('text', (v) => t(v === true ? 'customFields.yes' : 'customFields.no'));
    case 'single_select':
    case 'multi_select':
      return cell('text', (v) => optionLabels(field, v));
    case 'user':
    case 'company':
    case 'contact': {
      const kind = field.type;
      return cell('text', (v) => (typeof v === 'string' ? nameOf(kind, v) : null));
    }
    default:
      return cell('text', (v) => (typeof v === 'string' ? v : null));
  }
};

/**
 * The active custom fields of an entity as export columns, by their table column id
 * (`cf:<field id>`), in the fields' order, headed by the field's name in the export's language.
 * Archived fields have none: their values stay stored but leave tables and files.
 */
export const customExportColumns = (
  db: Db,
  entity: CustomFieldEntity,
  t: Translate,
  language: Language,
): Map<CustomSortField, Column[]> => {
  const nameOf = referenceNames(db);
  return new Map(
    listActiveCustomFields(db, entity).map((field) => [
      `cf:${field.id}` as const,
      columnsOfField(field, customFieldName(field, language), t, nameOf),
    ]),
  );
};
