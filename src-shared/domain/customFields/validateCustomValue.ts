import type { CountryCode } from 'libphonenumber-js/min';
import { isCalendarDate } from '../calendarDate';
import { normalizeEmail } from '../normalizeEmail';
import { normalizeDomain } from '../normalizeDomain';
import { formatPhone } from '../normalizePhone';
import type { CustomFieldType } from './customFieldKinds';
import type { CustomValue, MoneyValue } from './CustomValue';
import type { CustomValueReason } from './customValueIssue';

export type CustomValueField = {
  type: CustomFieldType;
  /** Option ids a value may name: the active options, plus any the record already has. */
  optionIds?: readonly string[];
};
export type CustomValueCheck = { ok: true; value: CustomValue } | { ok: false; reason: CustomValueReason };

export const CUSTOM_TEXT_MAX = 500;
export const CUSTOM_LONG_TEXT_MAX = 10_000;
/** Numbers beyond 2^53 lose digits in a JavaScript number and in SQLite's REAL. */
const NUMBER_MAX = 1e15;
const MONEY_MAX = 10_000_000_000_000;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURRENCY = /^[A-Z]{3}$/;

const ok = (value: CustomValue): CustomValueCheck => ({ ok: true, value });
const fail = (reason: CustomValueReason): CustomValueCheck => ({ ok: false, reason });

/** Trimmed text; an empty box is "no value". */
const text = (raw: unknown, max: number, check?: (value: string) => CustomValueCheck): CustomValueCheck => {
  if (typeof raw !== 'string') return fail('value_wrong_type');
  const value = raw.trim();
  if (value === '') return ok(null);
  if (value.length > max) return fail('text_too_long');
  return check ? check(value) : ok(value);
};

const number = (raw: unknown): CustomValueCheck => {
  if (typeof raw !== 'number') return fail('value_wrong_type');
  return Number.isFinite(raw) && Math.abs(raw) <= NUMBER_MAX ? ok(raw) : fail('number_invalid');
};

const isMoney = (raw: unknown): raw is MoneyValue =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'amountMinor' in raw && 'currency' in raw;

const money = (raw: unknown): CustomValueCheck => {
  if (!isMoney(raw)) return fail('value_wrong_type');
  const { amountMinor, currency } = raw;
  if (typeof amountMinor !== 'number' || !Number.isInteger(amountMinor) || Math.abs(amountMinor) > MONEY_MAX) {
    return fail('amount_invalid');
  }
  if (typeof currency !== 'string' || !CURRENCY.test(currency)) return fail('currency_invalid');
  return ok({ amountMinor, currency });
};

/** http(s) addresses; "example.com/price" reads as https. */
const link = (value: string): CustomValueCheck => {
  if (/\s/.test(value)) return fail('website_invalid');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return fail('website_invalid');
  const domain = normalizeDomain(value);
  return domain === null || !domain.includes('.') ? fail('website_invalid') : ok(scheme ? value : `https://${value}`);
};

const option = (raw: unknown, optionIds: readonly string[]): CustomValueCheck => {
  if (typeof raw !== 'string') return fail('value_wrong_type');
  if (raw === '') return ok(null);
  return optionIds.includes(raw) ? ok(raw) : fail('option_unknown');
};

const options = (raw: unknown, optionIds: readonly string[]): CustomValueCheck => {
  if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) return fail('value_wrong_type');
  const unique = [...new Set(raw as string[])];
  if (unique.some((id) => !optionIds.includes(id))) return fail('option_unknown');
  return ok(unique.length === 0 ? null : unique);
};

const reference = (raw: unknown): CustomValueCheck => {
  if (typeof raw !== 'string') return fail('value_wrong_type');
  if (raw === '') return ok(null);
  return ID.test(raw) ? ok(raw) : fail('value_wrong_type');
};

const byType = (field: CustomValueField, raw: unknown, phoneCountry: CountryCode): CustomValueCheck => {
  switch (field.type) {
    case 'text':
      return text(raw, CUSTOM_TEXT_MAX);
    case 'long_text':
      return text(raw, CUSTOM_LONG_TEXT_MAX);
    case 'number':
      return number(raw);
    case 'money':
      return money(raw);
    case 'date':
      return text(raw, 10, (value) => (isCalendarDate(value) ? ok(value) : fail('date_invalid')));
    case 'datetime':
      return typeof raw !== 'number'
        ? fail('value_wrong_type')
        : Number.isInteger(raw) && raw >= 0 && raw < 32_503_680_000_000
          ? ok(raw)
          : fail('date_invalid');
    case 'single_select':
      return option(raw, field.optionIds ?? []);
    case 'multi_select':
      return options(raw, field.optionIds ?? []);
    case 'checkbox':
      return typeof raw === 'boolean' ? ok(raw) : fail('value_wrong_type');
    case 'link':
      return text(raw, 2000, link);
    case 'phone':
      return text(raw, 100, (value) => {
        const formatted = formatPhone(value, phoneCountry);
        return formatted === null ? fail('phone_invalid') : ok(formatted);
      });
    case 'email':
      return text(raw, 254, (value) => {
        const email = normalizeEmail(value);
        return email === null ? fail('email_invalid') : ok(email);
      });
    case 'user':
    case 'company':
    case 'contact':
      return reference(raw);
  }
};

/**
 * The one rule for a custom value, used by the forms and by the core at the contract boundary:
 * checks `raw` against the field's type and returns it in its stored form (trimmed text, a phone
 * in international format, a lower-case e-mail, a link with its scheme, an empty box as null).
 * Whether a referenced user/company/contact exists is the core's to check. `null` is always
 * accepted here: whether the field may be empty is `customValueRequired`'s question.
 */
export const validateCustomValue = (
  field: CustomValueField,
  raw: unknown,
  phoneCountry: CountryCode = 'RU',
): CustomValueCheck => (raw === null || raw === undefined ? ok(null) : byType(field, raw, phoneCountry));
