import { z } from 'zod';
import { IDENTIFIER_REASONS } from '../../domain/companyIdentifierIssues';
import { normalizeDomain } from '../../domain/normalizeDomain';
import { normalizeEmail } from '../../domain/normalizeEmail';
import { formatPhone } from '../../domain/normalizePhone';

/**
 * Field schemas shared by the forms and the contract. A failed rule is a zod custom issue whose
 * `params.reason` is the key the UI translates (`issueReasons.<reason>`); `message` is English.
 */
export const FIELD_ISSUE_REASONS = [
  ...IDENTIFIER_REASONS,
  'email_invalid',
  'phone_invalid',
  'website_invalid',
  'owner_not_found',
  'company_not_found',
  'contact_not_found',
  'source_not_found',
  'source_archived',
  'campaign_not_found',
  'user_not_found',
  'user_inactive',
  'reassign_to_same_user',
  'manager_cycle',
  'name_taken',
  'name_required',
  'period_invalid',
  'time_zone_invalid',
  'deal_not_found',
  'not_for_activity_type',
  'currency_required',
  'done_in_future',
  'phone_country_invalid',
] as const;
export type FieldIssueReason = (typeof FIELD_ISSUE_REASONS)[number];

export const fieldIssue = (reason: FieldIssueReason, message: string) => ({
  code: 'custom' as const,
  message,
  params: { reason },
});

/** Optional free text as forms send it: trimmed, and an empty box means "no value" (null). */
export const blankableTextSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value === '' ? null : value));

const checkedText = (max: number, isValid: (value: string) => boolean, reason: FieldIssueReason, message: string) =>
  blankableTextSchema(max).superRefine((value, ctx) => {
    if (value !== null && !isValid(value)) ctx.addIssue(fieldIssue(reason, message));
  });

/** Stored normalised (lower case, Unicode domain): what duplicate matching compares. */
export const emailFieldSchema = checkedText(
  254,
  (value) => normalizeEmail(value) !== null,
  'email_invalid',
  'Invalid e-mail address',
).transform((value) => (value === null ? null : normalizeEmail(value)));

/**
 * What can be judged of a phone without the workspace's default country: a number written with
 * its country code ("+…", "00…") is valid or not anywhere, and no country's numbers are shorter
 * than four digits. Checked here so a form flags it as the box is left.
 */
const couldBePhone = (value: string): boolean => {
  if ((value.match(/\d/gu) ?? []).length < 4) return false;
  return /^\s*(\+|00)/u.test(value) ? formatPhone(value, 'RU') !== null : true;
};

/**
 * A phone as typed. The core reads a national number with the workspace's default phone country,
 * refuses it as `phone_invalid` if it is not a number there, and stores it in international form
 * with its extension, for companies and contacts alike; its E.164 key is stored beside it for
 * matching.
 */
export const phoneFieldSchema = checkedText(50, couldBePhone, 'phone_invalid', 'Invalid phone number');

/** Stored as typed (a link may need its path); its domain is stored beside it for matching. */
export const websiteFieldSchema = checkedText(
  500,
  (value) => normalizeDomain(value) !== null,
  'website_invalid',
  'No web domain in this address',
);

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export const sortDirectionSchema = z.enum(SORT_DIRECTIONS);

/** Server-side paging for tables. */
export const pageFields = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
};

/** Case-insensitive (Cyrillic too) substring search box. */
export const searchFieldSchema = z.string().trim().max(200).optional();
