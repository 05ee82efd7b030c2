import { z } from 'zod';
import { IDENTIFIER_REASONS } from '../../domain/companyIdentifierIssues';
import { normalizeDomain } from '../../domain/normalizeDomain';
import { normalizeEmail } from '../../domain/normalizeEmail';
import { SEARCH_TEXT_MAX_LENGTH } from '../searchLimits';

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
  'campaign_archived',
  'campaign_other_source',
  'ends_before_start',
  'week_outside_campaign',
  'cost_not_found',
  'campaign_source_in_use',
  'user_not_found',
  'user_inactive',
  'reassign_to_same_user',
  'manager_cycle',
  'team_not_found',
  'lead_not_manager',
  'name_taken',
  'name_required',
  'period_invalid',
  'time_zone_invalid',
  'deal_not_found',
  'not_for_activity_type',
  'currency_required',
  'done_in_future',
  'phone_country_invalid',
  'value_required',
  'value_wrong_type',
  'text_too_long',
  'number_invalid',
  'amount_invalid',
  'currency_invalid',
  'date_invalid',
  'option_unknown',
  'key_taken',
  'stage_required',
  'stage_not_found',
  'options_for_select_only',
  'currency_for_money_only',
  'record_not_found',
  'view_not_yours',
  'bant_weights_sum',
  'range_reversed',
  'date_in_future',
  'contact_other_company',
  'template_variable_unknown',
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

/** Blankable text that must pass `isValid` when given; a failure carries `reason` for the UI. */
export const checkedText = (
  max: number,
  isValid: (value: string) => boolean,
  reason: FieldIssueReason,
  message: string,
) =>
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
export const searchFieldSchema = z.string().trim().max(SEARCH_TEXT_MAX_LENGTH).optional();
