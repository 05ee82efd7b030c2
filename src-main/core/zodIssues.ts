import type { Issue } from '@shared/contract/envelope';
import type { ZodError } from 'zod';

/** Field issues for forms: dotted path, zod's code (the UI translates by it) and its message. */
export const zodIssues = (error: ZodError): Issue[] =>
  error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message,
    ...(issue.code === 'custom' && issue.params ? { params: issue.params } : {}),
  }));
