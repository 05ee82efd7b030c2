import { TZDate } from '@date-fns/tz';
import type { CustomFieldType } from '../customFields/customFieldKinds';
import type { CustomValue } from '../customFields/CustomValue';
import { currencyExponent } from '../currencyExponent';
import { foldText } from '../foldText';
import { parseImportDate } from './parseImportDate';
import { parseImportNumber } from './parseImportNumber';

/** What a file cell needs of the field it fills. */
export type CustomCellField = {
  type: CustomFieldType;
  /** Active options: a cell names one (or, for a multi-select, several) by its label. */
  options: readonly { id: string; label: string }[];
  /** A money field's currency; null: the workspace's. */
  currency: string | null;
};

export type CustomCellRead =
  | { ok: true; value: CustomValue }
  | { ok: false; reason: 'custom_unreadable' | 'custom_option_unknown' | 'custom_not_importable' };

const YES = new Set(['да', 'yes', 'true', '1', 'x', '+', 'v', '✓', 'истина', 'y', 'д']);
const NO = new Set(['нет', 'no', 'false', '0', '-', 'ложь', 'n', 'н']);

const optionOf = (field: CustomCellField, label: string): string | undefined =>
  field.options.find((option) => foldText(option.label) === foldText(label))?.id;

/**
 * A file's cell as a custom field's value, as Russian and English spreadsheets write them:
 * numbers and money with spaces and commas, dates as dd.mm.yyyy, ISO or Excel serials, a
 * checkbox as да/нет, yes/no, 1/0, an option by its label (case and ё ignored; a multi-select's
 * labels split by ; , or |), a date-time as the workspace's wall clock. Text-like values pass as
 * they are for the field's own rule to check.
 * References to other records are not read from files (their names are ambiguous).
 */
export const customCellValue = (
  field: CustomCellField,
  text: string,
  workspace: { currency: string; timeZone: string },
): CustomCellRead => {
  switch (field.type) {
    case 'text':
    case 'long_text':
    case 'email':
    case 'phone':
    case 'link':
      return { ok: true, value: text };
    case 'number': {
      const value = parseImportNumber(text);
      return value === null ? { ok: false, reason: 'custom_unreadable' } : { ok: true, value };
    }
    case 'money': {
      const amount = parseImportNumber(text);
      if (amount === null) return { ok: false, reason: 'custom_unreadable' };
      const currency = field.currency ?? workspace.currency;
      return { ok: true, value: { amountMinor: Math.round(amount * 10 ** currencyExponent(currency)), currency } };
    }
    case 'date': {
      const date = parseImportDate(text);
      return date ? { ok: true, value: date.date } : { ok: false, reason: 'custom_unreadable' };
    }
    case 'datetime': {
      const date = parseImportDate(text);
      if (!date) return { ok: false, reason: 'custom_unreadable' };
      const [year = 0, month = 1, day = 1] = date.date.split('-').map(Number);
      // The file's wall-clock time in the workspace's zone (midnight when the cell had only a date).
      const minutes = date.minutes ?? 0;
      const local = new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, 0, workspace.timeZone);
      return { ok: true, value: local.getTime() };
    }
    case 'checkbox': {
      const folded = foldText(text) || text.trim();
      if (YES.has(folded)) return { ok: true, value: true };
      if (NO.has(folded)) return { ok: true, value: false };
      return { ok: false, reason: 'custom_unreadable' };
    }
    case 'single_select': {
      const id = optionOf(field, text);
      return id ? { ok: true, value: id } : { ok: false, reason: 'custom_option_unknown' };
    }
    case 'multi_select': {
      const labels = text
        .split(/[;,|]/u)
        .map((label) => label.trim())
        .filter(Boolean);
      const ids = labels.map((label) => optionOf(field, label));
      if (ids.some((id) => id === undefined)) return { ok: false, reason: 'custom_option_unknown' };
      return { ok: true, value: [...new Set(ids as string[])] };
    }
    default:
      return { ok: false, reason: 'custom_not_importable' };
  }
};
