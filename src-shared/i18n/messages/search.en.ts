import type { searchRu } from './search.ru';

/** English messages of the top bar's search button (the palette's are in searchPalette.en). */
export const searchEn: typeof searchRu = {
  button: 'Search',
};
