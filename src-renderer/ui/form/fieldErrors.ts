import type { Translate } from '@shared/i18n/Translate';
import { type IssueLike, translateIssue } from './translateIssue';

export type FieldErrors = Record<string, string>;

/** A custom value of a create (`customValues.<field id>`) is its own box in the form: `cf:<field id>`. */
export const customFieldKey = (fieldId: string): string => `cf:${fieldId}`;

const topField = (path: IssueLike['path']): string => {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  return parts[0] === 'customValues' && parts[1] ? customFieldKey(parts[1]) : (parts[0] ?? '');
};

/**
 * Issues → one translated message per form field (the first issue of a field wins). `fieldOf`
 * maps a contract path to the form's field name (e.g. `valueMinor` → `value`).
 */
export const fieldErrorsFromIssues = (
  issues: readonly IssueLike[],
  t: Translate,
  fieldOf: (path: string) => string = (path) => path,
): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(topField(issue.path));
    if (!(field in errors)) errors[field] = translateIssue(issue, t);
  }
  return errors;
};
