import { RpcFailure } from '@shared/contract/createClient';
import type { Translate } from '@shared/i18n/Translate';
import { type FieldErrors, fieldErrorsFromIssues } from './fieldErrors';

/**
 * A refused save → one translated message per form field, or null when the failure is not about
 * fields (then it is a toast). Update calls nest the fields under `patch`, forms do not.
 */
export const serverFieldErrors = (
  error: unknown,
  t: Translate,
  fieldOf?: (path: string) => string,
): FieldErrors | null => {
  if (!(error instanceof RpcFailure) || error.error.code !== 'BAD_INPUT') return null;
  const issues = (error.error.issues ?? []).map((issue) => ({ ...issue, path: issue.path.replace(/^patch\./, '') }));
  const errors = fieldErrorsFromIssues(issues, t, fieldOf);
  return Object.keys(errors).length > 0 ? errors : null;
};
