import type { Language } from '@shared/contract/schemas/common';
import { PHONE_COUNTRIES } from '@shared/domain/phoneCountries';
import { getCountryCallingCode } from 'libphonenumber-js/min';

/**
 * Every country libphonenumber-js reads numbers of, named in the UI language with its calling
 * code («Казахстан (+7)»), sorted by name as that language sorts.
 */
export const phoneCountryOptions = (language: Language): { code: string; label: string }[] => {
  const names = new Intl.DisplayNames(language, { type: 'region' });
  return PHONE_COUNTRIES.map((code) => ({
    code,
    label: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})`,
  })).sort((a, b) => a.label.localeCompare(b.label, language));
};
