import type { Translate } from '@shared/i18n/Translate';

/** Company fields as the timeline names them (contract names) → their label keys. */
const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  inn: 'inn',
  kpp: 'kpp',
  ogrn: 'ogrn',
  industry: 'industry',
  size: 'size',
  region: 'region',
  segment: 'segment',
  website: 'website',
  phone: 'phone',
  email: 'email',
  ownerId: 'owner',
  notes: 'notes',
};

const SIZES = new Set(['micro', 'small', 'medium', 'large', 'enterprise']);

export const timelineFieldLabel = (field: string, t: Translate): string => {
  const key = FIELD_LABELS[field];
  return key ? t(`companies.fields.${key}`) : field;
};

/**
 * One side of a field change as a person reads it: an owner's name instead of an id, a size's
 * label, "empty" for nothing.
 */
export const timelineValueText = (
  field: string,
  value: string | number | boolean | null,
  t: Translate,
  userName: (id: string) => string | null,
): string => {
  if (value === null || value === '') return t('companies.timeline.empty');
  if (field === 'ownerId' && typeof value === 'string') return userName(value) ?? value;
  if (field === 'size' && typeof value === 'string' && SIZES.has(value)) return t(`companies.sizes.${value}`);
  return String(value);
};
