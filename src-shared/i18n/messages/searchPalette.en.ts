import type { searchPaletteRu } from './searchPalette.ru';

/** English messages of the Ctrl+K search palette (they load with it, not with the board). */
export const searchPaletteEn: typeof searchPaletteRu = {
  title: 'Search',
  placeholder: 'Deal, company, contact, activity, INN, phone, e-mail…',
  results: 'Search results',
  recent: 'Recent',
  hint: 'Start typing a name, INN, phone or e-mail',
  nothing: 'Nothing found',
  indexing: 'Search is still adding the records of a large import: some of them are not found yet.',
  inn: 'INN',
  exact: 'Exact match',
  kinds: { lead: 'Leads', deal: 'Deals', company: 'Companies', contact: 'Contacts', activity: 'Activities' },
  keys: { move: 'to move', open: 'to open', close: 'to close' },
};
