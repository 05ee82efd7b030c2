import { foldText } from '@shared/domain/foldText';

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * A stable key made from a field's name (the English one, else the Russian one transliterated):
 * `Tender number` → `tender_number`, `Номер тендера` → `nomer_tendera`; `field_<n>` when nothing
 * latin is left; a suffix `_2`, `_3`… when taken. Import mappings and exports refer to it.
 */
export const customFieldKey = (name: string, taken: ReadonlySet<string>): string => {
  const latin = [...foldText(name)].map((char) => CYRILLIC[char] ?? char).join('');
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
