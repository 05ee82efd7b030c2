import { customFieldName } from '@shared/domain/customFields/customFieldName';
import type { Translate } from '@shared/i18n/Translate';

/**
 * A validation issue from zod (client side, with bounds) or from an error envelope (server
 * side: only path, code and message).
 */
export type IssueLike = {
  code: string;
  path: string | readonly PropertyKey[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  input?: unknown;
  /** A custom issue's own values; `reason` names its message (`issueReasons.<reason>`). */
  params?: Record<string, unknown> | undefined;
};

const KNOWN_CODES = new Set([
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'not_multiple_of',
  'unrecognized_keys',
  'custom',
]);

/** "«Tender number» is required": a custom field left empty, named in the UI language (either name as a fallback). */
export const requiredFieldMessage = (t: Translate, field: { nameRu: string; nameEn: string }): string =>
  t('customFields.requiredNamed', { name: customFieldName(field, t('customFields.language')) });

/** The user-facing text of one issue, in the UI language, from `issues.<code>`. */
export const translateIssue = (issue: IssueLike, t: Translate): string => {
  const { code, minimum, maximum, origin, input, params } = issue;
  if (code === 'custom' && params?.reason === 'value_required' && typeof params.nameRu === 'string') {
    return requiredFieldMessage(t, { nameRu: params.nameRu, nameEn: String(params.nameEn ?? '') });
  }
  if (code === 'custom' && typeof params?.reason === 'string') {
    return t(`issueReasons.${params.reason}`, { ...params, defaultValue: t('issues.custom') });
  }
  if (code === 'invalid_type' && (input === undefined || input === null)) return t('issues.required');
  if (code === 'too_small' && origin === 'string') {
    return Number(minimum) <= 1 ? t('issues.required') : t('issues.too_small_string', { minimum: Number(minimum) });
  }
  if (code === 'too_small' && origin === 'number') return t('issues.too_small_number', { minimum: Number(minimum) });
  if (code === 'too_big' && origin === 'string') return t('issues.too_big_string', { maximum: Number(maximum) });
  if (code === 'too_big' && origin === 'number') return t('issues.too_big_number', { maximum: Number(maximum) });
  return t(`issues.${KNOWN_CODES.has(code) ? code : 'custom'}`);
};
