import { formatPhone } from '@shared/domain/normalizePhone';
import type { Db } from '../../db/Db';
import { fieldError } from '../companies/fieldError';
import { phoneCountryOf } from './phoneCountryOf';

/**
 * A phone as a form sent it → what is stored: international form with its extension, a number
 * without "+" read as the workspace's default phone country. `undefined` (not in the patch) and
 * null (cleared) pass through; a text that is no valid number is refused on its field.
 */
export const workspacePhone = <T extends string | null | undefined>(
  db: Db,
  path: readonly (string | number)[],
  raw: T,
): T | string => {
  if (raw === null || raw === undefined) return raw;
  const formatted = formatPhone(raw, phoneCountryOf(db));
  if (formatted === null) throw fieldError(path, 'phone_invalid', 'Invalid phone number');
  return formatted;
};
