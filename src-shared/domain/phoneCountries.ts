import { type CountryCode, getCountries } from 'libphonenumber-js/min';

/**
 * ISO 3166 alpha-2 codes libphonenumber-js knows how to read numbers of: the choices of the
 * workspace's default phone country (what a number written without "+" is taken to be).
 */
export const PHONE_COUNTRIES: readonly CountryCode[] = getCountries();
