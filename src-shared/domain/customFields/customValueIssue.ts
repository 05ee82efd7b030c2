/** Why a custom value was refused; the UI translates `issueReasons.<reason>`. */
export const CUSTOM_VALUE_REASONS = [
  'value_required',
  'value_wrong_type',
  'text_too_long',
  'number_invalid',
  'amount_invalid',
  'currency_invalid',
  'date_invalid',
  'option_unknown',
  'email_invalid',
  'phone_invalid',
  'website_invalid',
] as const;
export type CustomValueReason = (typeof CUSTOM_VALUE_REASONS)[number];
