import { fieldError } from '../companies/fieldError';

type NamedRow = { id: string; name: string | null; archived_at: number | null };

/**
 * Two active entries of one list may not share a name: the picker could not tell them apart.
 * Seeded entries without a custom name are left to the UI's translations.
 */
export const checkNameFree = (rows: readonly NamedRow[], name: string, exceptId: string | null): void => {
  const wanted = name.toLocaleLowerCase();
  const taken = rows.some(
    (row) => row.id !== exceptId && row.archived_at === null && row.name?.toLocaleLowerCase() === wanted,
  );
  if (taken) throw fieldError(['name'], 'name_taken', 'An entry with this name already exists');
};
