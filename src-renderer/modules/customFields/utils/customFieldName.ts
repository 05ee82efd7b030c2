import type { CustomField } from '@shared/contract/schemas/customFields';

/** The field's name in the interface language, else the one it has. */
export const customFieldName = (field: Pick<CustomField, 'nameRu' | 'nameEn'>, language: string): string =>
  (language.startsWith('ru') ? field.nameRu || field.nameEn : field.nameEn || field.nameRu) || '—';
