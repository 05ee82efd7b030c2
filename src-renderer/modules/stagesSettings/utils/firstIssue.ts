import type { Translate } from '@shared/i18n/Translate';
import type { z } from 'zod';
import { translateIssue } from '../../../ui/form/translateIssue';

/** Checks input with the contract's schema before sending it: the first problem, translated, or null. */
export const firstIssue = (schema: z.ZodType, input: unknown, t: Translate): string | null => {
  const parsed = schema.safeParse(input);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return issue ? translateIssue(issue, t) : null;
};
