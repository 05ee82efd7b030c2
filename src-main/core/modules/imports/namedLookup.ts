import { foldText } from '@shared/domain/foldText';
import { displayName } from '@shared/i18n/displayName';
import { createTranslator } from '../../reports/createTranslator';

export type NamedRow = { id: string; name: string | null; default_key: string | null };

const translators = [createTranslator('ru'), createTranslator('en')];

/**
 * Rows found by any name a user may have written for them: the typed name, the seeded name in
 * Russian or English, or the seeded key — folded (case, ё, spaces), so "Квалификация",
 * "qualification" and "QUALIFICATION " find one stage.
 */
export const namedLookup = (rows: readonly NamedRow[]): Map<string, string> => {
  const found = new Map<string, string>();
  for (const row of rows) {
    const names = translators.map((t) => displayName({ name: row.name, defaultKey: row.default_key }, t));
    if (row.default_key) names.push(row.default_key);
    for (const name of names) {
      const key = foldText(name);
      if (key && !found.has(key)) found.set(key, row.id);
    }
  }
  return found;
};
