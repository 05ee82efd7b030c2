/** Russian messages of the top bar's search button (the palette's are in searchPalette.ru). */
export const searchRu = {
  button: 'Поиск',
};
