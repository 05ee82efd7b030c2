import { foldText } from '@shared/domain/foldText';
import { transliterateRu } from '@shared/domain/transliterateRu';

/**
 * A stable key made from a field's name (the English one, else the Russian one transliterated):
 * `Tender number` → `tender_number`, `Номер тендера` → `nomer_tendera`; `field_<n>` when nothing
 * latin is left; a suffix `_2`, `_3`… when taken. Import mappings and exports refer to it.
 */
export const customFieldKey = (name: string, taken: ReadonlySet<string>): string => {
  const latin = transliterateRu(foldText(name));
  const slug = latin
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 50)
    .replace(/_+$/, '');
  const base = slug === '' ? `field_${taken.size + 1}` : slug;
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}_${suffix}`)) suffix += 1;
  return `${base}_${suffix}`;
};
