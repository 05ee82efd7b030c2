import { type FieldIssueReason, fieldIssue } from '@shared/contract/schemas/fields';
import { ZodError } from 'zod';

/**
 * A rule that needs the database (a linked record exists, a name is free) failed on one field.
 * It is thrown as a zod error so it reaches the form exactly like a schema issue: BAD_INPUT with
 * the field's path and `params.reason`.
 */
export const fieldError = (path: readonly (string | number)[], reason: FieldIssueReason, message: string): ZodError =>
  new ZodError([{ ...fieldIssue(reason, message), path: [...path] }]);
