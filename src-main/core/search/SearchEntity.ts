/** The records the workspace search finds (leads are deals at the first steps). */
export type SearchEntity = 'deal' | 'company' | 'contact' | 'activity';

/** Each searched entity's table. */
export const SEARCH_TABLES: Readonly<Record<SearchEntity, 'deals' | 'companies' | 'contacts' | 'activities'>> = {
  deal: 'deals',
  company: 'companies',
  contact: 'contacts',
  activity: 'activities',
};

export const SEARCH_ENTITIES = Object.keys(SEARCH_TABLES) as SearchEntity[];

/**
 * The FTS5 table an entity's entries live in. Activities (ten or more per deal) have their own:
 * their few, much-repeated subject words would otherwise lengthen every term list the record
 * searches read, and they are read newest first rather than by rank.
 */
export const searchFtsOf = (entity: SearchEntity): 'search_fts' | 'search_fts_activities' =>
  entity === 'activity' ? 'search_fts_activities' : 'search_fts';

export const isSearchEntity = (entity: unknown): entity is SearchEntity =>
  typeof entity === 'string' && entity in SEARCH_TABLES;
