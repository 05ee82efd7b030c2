import type { CountryCode } from 'libphonenumber-js/min';
import type { DedupeKey, ImportEntity } from '../../contract/schemas/imports';
import { companyNameKey } from '../companyNameKey';
import { foldText } from '../foldText';
import { normalizeDomain } from '../normalizeDomain';
import { normalizeEmail } from '../normalizeEmail';
import { normalizePhone } from '../normalizePhone';

export type DedupeFields = {
  name?: string | null | undefined;
  title?: string | null | undefined;
  inn?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

const some = (value: string | null | undefined): value is string =>
  value !== null && value !== undefined && value !== '';

/**
 * The keys two records of an entity are the same by, in the form stored rows are matched on:
 * INN as digits, e-mail in lower case, the phone's E.164 key (whatever spacing or "8" prefix it
 * was written with), the website's domain, a company's name without its legal form ("ООО Ромашка"
 * is "Ромашка"), anything else's name or title folded (case, ё, spaces). Only the `wanted` keys
 * the record has, as `key:value` strings.
 */
export const importDedupeKeys = (
  entity: ImportEntity,
  fields: DedupeFields,
  wanted: readonly DedupeKey[],
  country: CountryCode,
): string[] => {
  const keys: string[] = [];
  for (const key of wanted) {
    let value: string | null = null;
    if (key === 'inn' && some(fields.inn)) value = fields.inn.replace(/\D/gu, '') || null;
    if (key === 'email' && some(fields.email)) value = normalizeEmail(fields.email);
    if (key === 'phone' && some(fields.phone)) value = normalizePhone(fields.phone, country);
    if (key === 'domain' && some(fields.website)) value = normalizeDomain(fields.website);
    if (key === 'name' && some(fields.name)) {
      value = entity === 'companies' ? companyNameKey(fields.name) || foldText(fields.name) : foldText(fields.name);
    }
    if (key === 'title' && some(fields.title)) value = foldText(fields.title);
    if (value) keys.push(`${key}:${value}`);
  }
  return keys;
};
