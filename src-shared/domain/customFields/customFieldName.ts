/** The field's name in the interface language, else the one it has (the UI, exports and the history say the same). */
export const customFieldName = (field: { nameRu: string; nameEn: string }, language: string): string =>
  (language.startsWith('ru') ? field.nameRu || field.nameEn : field.nameEn || field.nameRu) || '—';
