import type { CompanyDuplicate, CompanyDuplicateField } from '@shared/contract/schemas/companies';
import { companyNameKey } from '@shared/domain/companyNameKey';
import { normalizeDomain } from '@shared/domain/normalizeDomain';
import { normalizeEmail } from '@shared/domain/normalizeEmail';
import { normalizePhone } from '@shared/domain/normalizePhone';
import { phoneCountryOf } from '../settings/phoneCountryOf';
import type { Db } from '../../db/Db';
import { type CompanyCandidateRow, findCompanyDuplicateCandidates } from './companies.repo';

export type CompanyDuplicateQuery = {
  id?: string | undefined;
  inn?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
  name?: string | null | undefined;
};

/** At most this many warnings: a form shows a few, not a report. */
const MAX_DUPLICATES = 20;

const innDigits = (raw: string | null | undefined): string | null => {
  const digits = raw?.replace(/\s+/g, '') ?? '';
  return /^(\d{10}|\d{12})$/.test(digits) ? digits : null;
};

type Keys = {
  inn: string | null;
  email: string | null;
  phone: string | null;
  domain: string | null;
  name: string;
};

const matchedFields = (row: CompanyCandidateRow, keys: Keys): CompanyDuplicateField[] => {
  const fields: CompanyDuplicateField[] = [];
  if (keys.inn !== null && row.inn === keys.inn) fields.push('inn');
  if (keys.email !== null && row.email?.toLowerCase() === keys.email) fields.push('email');
  if (keys.phone !== null && row.phone_normalized === keys.phone) fields.push('phone');
  if (keys.domain !== null && row.domain === keys.domain) fields.push('domain');
  if (keys.name !== '' && row.name_key === keys.name) fields.push('name');
  return fields;
};

/**
 * Live companies that may be the same firm: same INN, e-mail, normalised phone, web domain, or
 * the same name once legal forms, quotes and case are set aside. Raw form values are accepted
 * (the form asks while typing); values that cannot be read are ignored. Most matches first.
 */
export const companyDuplicates = (db: Db, query: CompanyDuplicateQuery): CompanyDuplicate[] => {
  const keys: Keys = {
    inn: innDigits(query.inn),
    email: query.email ? normalizeEmail(query.email) : null,
    phone: query.phone ? normalizePhone(query.phone, phoneCountryOf(db)) : null,
    domain: query.website ? normalizeDomain(query.website) : null,
    name: query.name ? companyNameKey(query.name) : '',
  };
  const candidates = findCompanyDuplicateCandidates(db, {
    inn: keys.inn,
    email: keys.email,
    phoneNormalized: keys.phone,
    domain: keys.domain,
    nameKey: keys.name === '' ? null : keys.name,
    exceptId: query.id ?? null,
  });
  return candidates
    .map((row) => ({ row, matchedOn: matchedFields(row, keys) }))
    .filter((candidate) => candidate.matchedOn.length > 0)
    .sort((a, b) => b.matchedOn.length - a.matchedOn.length)
    .slice(0, MAX_DUPLICATES)
    .map(({ row, matchedOn }) => ({
      id: row.id,
      name: row.name,
      inn: row.inn,
      domain: row.domain,
      email: row.email,
      phone: row.phone,
      matchedOn,
    }));
};
