import type { Language } from '@shared/contract/schemas/common';
import type { CustomField } from '@shared/contract/schemas/customFields';
import type { CustomValue, MoneyValue } from '@shared/domain/customFields/CustomValue';
import { isCalendarDate } from '@shared/domain/calendarDate';
import { formatCalendarDate, formatInstant } from '@shared/i18n/formatDates';
import { formatMoney } from '@shared/i18n/formatMoney';
import type { Translate } from '@shared/i18n/Translate';

export type CustomValueLabelContext = {
  t: Translate;
  language: Language;
  timeZone: string;
  /** A referenced user's, company's or contact's name (null: not known). */
  nameOf(id: string): string | null;
};

const isMoney = (value: CustomValue): value is MoneyValue =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A custom value as one line of text (the history's old → new), formatted by the field's type as
 * its table cell shows it: money with its currency, dates in the UI language, options by label,
 * a checkbox as yes/no, a reference by name.
 */
export const customValueLabel = (field: CustomField, value: CustomValue, context: CustomValueLabelContext): string => {
  const { t, language } = context;
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('common.none');
  if (isMoney(value)) return formatMoney(value.amountMinor, value.currency, language);
  if (Array.isArray(value) || field.type === 'single_select') {
    const ids = Array.isArray(value) ? value : [String(value)];
    return ids.map((id) => field.options.find((option) => option.id === id)?.label ?? '?').join(', ');
  }
  if (typeof value === 'boolean') return t(value ? 'customFields.yes' : 'customFields.no');
  if (typeof value === 'number') {
    return field.type === 'datetime'
      ? formatInstant(value, 'dateTime', language, context.timeZone)
      : new Intl.NumberFormat(language).format(value);
  }
  if (field.type === 'date' && isCalendarDate(value)) return formatCalendarDate(value, language);
  if (field.type === 'user' || field.type === 'company' || field.type === 'contact') {
    return context.nameOf(value) ?? t('common.none');
  }
  return value;
};
