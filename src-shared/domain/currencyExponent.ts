/**
 * ISO 4217 minor-unit exponents: how many decimal digits a currency's minor unit has. One fixed
 * table, so the core and every renderer agree on what an integer amount means, whatever Intl
 * data the runtime ships (CLDR differs from ISO for a few currencies, and changes over time).
 * Every code not listed has 2.
 */
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

export const currencyExponent = (currency: string): number => EXPONENTS[currency] ?? 2;

/**
 * The same amount in another currency's minor units (no exchange rate: the number the user typed
 * stays the number shown). RUB → JPY turns 450 000,50 (45 000 050 kopecks) into 450 001 ¥: to the
 * nearest unit, halves away from zero; JPY → RUB multiplies by 100.
 */
export const convertMinorUnits = (minor: number, from: string, to: string): number => {
  const shift = currencyExponent(to) - currencyExponent(from);
  if (shift >= 0) return minor * 10 ** shift;
  const divisor = 10 ** -shift;
  const whole = Math.trunc(minor / divisor);
  const rest = minor - whole * divisor;
  return 2 * Math.abs(rest) >= divisor ? whole + Math.sign(minor) : whole;
};
