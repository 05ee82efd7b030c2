import type { RowValues } from '../changes/ChangeWriter';

/**
 * What an erased contact's personal cells hold, in the row and in every change-log message of it:
 * the name becomes a dash (the column is NOT NULL; the UI shows "Personal data erased" instead),
 * the rest empty. Kept: the company link, the owner, the buying role (a business fact about the
 * deal, not about the person) and the dates. `phone_normalized` and `sort_key` are derived and
 * never logged today, but logs written before that rule may hold them.
 */
export const ERASED_CONTACT_CELLS: Readonly<RowValues> = {
  name: '—',
  job_title: null,
  persona: null,
  email: null,
  phone: null,
  phone_normalized: null,
  notes: null,
  sort_key: null,
};

/** A custom value of an erased contact: every value column emptied (the row stays, tombstoned). */
export const ERASED_CUSTOM_VALUE_CELLS: Readonly<RowValues> = {
  text_value: null,
  number_value: null,
  currency: null,
  text_key: null,
};

/** Free-text columns of an activity where a rep may have typed the person's name, phone or e-mail. */
export const ACTIVITY_TEXT_COLUMNS = ['subject', 'body'] as const;

/** The contact columns whose values name the person and are redacted from their activities' text. */
export const IDENTIFYING_COLUMNS = ['name', 'email', 'phone'] as const;
