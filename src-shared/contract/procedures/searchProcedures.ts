import { query } from '../procedure';
import { searchInputSchema, searchOutputSchema } from '../schemas/search';

export const searchProcedures = {
  /**
   * Ctrl+K: deals (leads apart), companies and contacts by name or title, INN/KPP/OGRN, e-mail,
   * phone in any format and text custom fields; best first within each kind, exact INN/phone first.
   */
  'search.everywhere': query(searchInputSchema, searchOutputSchema),
} as const;
