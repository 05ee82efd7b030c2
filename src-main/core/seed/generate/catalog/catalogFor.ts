import { catalogEn } from './catalogEn';
import { catalogRu } from './catalogRu';
import type { SeedCatalog } from './SeedCatalog';

export type SeedLanguage = 'ru' | 'en';

export const catalogFor = (lang: SeedLanguage): SeedCatalog => (lang === 'ru' ? catalogRu : catalogEn);
