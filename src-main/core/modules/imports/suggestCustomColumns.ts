import type { ImportEntity } from '@shared/contract/schemas/imports';
import { foldText } from '@shared/domain/foldText';
import type { Db } from '../../db/Db';
import { listActiveCustomFields } from '../customFields/customFields.repo';
import { CUSTOM_ENTITY } from './applyCustomCells';
import { IMPORTABLE_CUSTOM_TYPES } from '@shared/domain/import/importableCustomTypes';

/**
 * Headers that name one of the imported records' custom fields (its Russian or English name, or
 * its key, case and ё ignored) as `cf:<field id>` suggestions beside the built-in ones; a header
 * already suggested for a built-in field stays there.
 */
export const suggestCustomColumns = (
  db: Db,
  entity: ImportEntity,
  headers: readonly string[],
  taken: Readonly<Record<string, string>>,
): Record<string, string> => {
  if (entity === 'users' || entity === 'calls' || entity === 'leads') return {};
  const used = new Set(Object.values(taken));
  const suggestions: Record<string, string> = {};
  for (const field of listActiveCustomFields(db, CUSTOM_ENTITY[entity])) {
    if (!IMPORTABLE_CUSTOM_TYPES.has(field.type)) continue;
    const names = new Set([field.nameRu, field.nameEn, field.key].map(foldText).filter(Boolean));
    const header = headers.find((candidate) => !used.has(candidate) && names.has(foldText(candidate)));
    if (header === undefined) continue;
    suggestions[`cf:${field.id}`] = header;
    used.add(header);
  }
  return suggestions;
};
