/** The records the workspace search finds (leads are deals at the first steps). */
export type SearchEntity = 'deal' | 'company' | 'contact';

/** Each searched entity's table. */
export const SEARCH_TABLES: Readonly<Record<SearchEntity, 'deals' | 'companies' | 'contacts'>> = {
  deal: 'deals',
  company: 'companies',
  contact: 'contacts',
};
