import { RpcFailure } from '@shared/contract/createClient';
import type { Translate } from '@shared/i18n/Translate';
import { type FieldErrors, fieldErrorsFromIssues } from './fieldErrors';

/**
 * A refused save → one translated message per form field, or null when the failure is not about
 * fields (then it is a toast). Update calls nest the fields under `patch`, forms do not. A domain
 * rule (not a schema issue) names the field it refused in `params.field` (e.g. a stage of another
 * pipeline).
 */
export const serverFieldErrors = (
  error: unknown,
  t: Translate,
  fieldOf: (path: string) => string = (path) => path,
): FieldErrors | null => {
  if (!(error instanceof RpcFailure) || error.error.code !== 'BAD_INPUT') return null;
  const { issues = [], params } = error.error;
  const errors = fieldErrorsFromIssues(
    issues.map((issue) => ({ ...issue, path: issue.path.replace(/^patch\./, '') })),
    t,
    fieldOf,
  );
  if (typeof params?.field === 'string') errors[fieldOf(params.field)] = t('errors.BAD_INPUT');
  return Object.keys(errors).length > 0 ? errors : null;
};
