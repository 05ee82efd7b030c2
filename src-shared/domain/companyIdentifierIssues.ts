import { validateInn, validateKpp, validateOgrn, validateOgrnip } from './russianCompanyIds';

export type IdentifierField = 'inn' | 'kpp' | 'ogrn';
export const IDENTIFIER_REASONS = [
  'inn_format',
  'inn_checksum',
  'inn_placeholder',
  'kpp_format',
  'kpp_without_legal_inn',
  'ogrn_format',
  'ogrn_checksum',
  'ogrn_inn_mismatch',
] as const;
export type IdentifierReason = (typeof IDENTIFIER_REASONS)[number];
export type IdentifierIssue = { field: IdentifierField; reason: IdentifierReason; message: string };
type Identifiers = {
  inn?: string | null | undefined;
  kpp?: string | null | undefined;
  ogrn?: string | null | undefined;
};

/** INN: 10 digits (legal entity) or 12 (individual, sole trader) with valid check digits. */
export const innIssue = (inn: string): IdentifierIssue | null => {
  if (!/^(\d{10}|\d{12})$/.test(inn))
    return { field: 'inn', reason: 'inn_format', message: 'An INN has 10 or 12 digits' };
  if (/^0+$/.test(inn)) return { field: 'inn', reason: 'inn_placeholder', message: 'An INN of zeros is a placeholder' };
  return validateInn(inn)
    ? null
    : { field: 'inn', reason: 'inn_checksum', message: 'The INN check digits do not match' };
};

/** KPP: 9 characters, tax office · reason code · number. */
export const kppIssue = (kpp: string): IdentifierIssue | null =>
  validateKpp(kpp) ? null : { field: 'kpp', reason: 'kpp_format', message: 'A KPP has 9 characters: NNNNPPNNN' };

/** OGRN (13 digits, legal entity) or OGRNIP (15 digits, sole trader) with a valid check digit. */
export const ogrnIssue = (ogrn: string): IdentifierIssue | null => {
  if (!/^(\d{13}|\d{15})$/.test(ogrn)) {
    return { field: 'ogrn', reason: 'ogrn_format', message: 'An OGRN has 13 digits, an OGRNIP 15' };
  }
  const valid = ogrn.length === 13 ? validateOgrn(ogrn) : validateOgrnip(ogrn);
  return valid ? null : { field: 'ogrn', reason: 'ogrn_checksum', message: 'The OGRN check digit does not match' };
};

/**
 * Rules between the identifiers of one company: a KPP exists only for a legal entity (10-digit
 * INN); an OGRN (13) goes with a 10-digit INN and an OGRNIP (15) with a 12-digit one. Fields that
 * are invalid on their own are left to their own issue.
 */
export const companyIdentifierConflicts = ({ inn, kpp, ogrn }: Identifiers): IdentifierIssue[] => {
  const innBroken = Boolean(inn) && innIssue(inn ?? '') !== null;
  const validInn = inn && !innBroken ? inn : null;
  const issues: IdentifierIssue[] = [];
  if (kpp && kppIssue(kpp) === null && !innBroken && validInn?.length !== 10) {
    issues.push({
      field: 'kpp',
      reason: 'kpp_without_legal_inn',
      message: 'A KPP goes with the 10-digit INN of a legal entity',
    });
  }
  if (ogrn && validInn && ogrnIssue(ogrn) === null && (ogrn.length === 13) !== (validInn.length === 10)) {
    issues.push({
      field: 'ogrn',
      reason: 'ogrn_inn_mismatch',
      message: 'An OGRN goes with a 10-digit INN, an OGRNIP with a 12-digit one',
    });
  }
  return issues;
};
