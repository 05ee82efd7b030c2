import type { IconName } from '../ui/Icon';

/** Every section in the sidebar, in order; the key is also the URL hash (`#/deals`). */
export const PAGES = [
  'pipeline',
  'leads',
  'deals',
  'companies',
  'contacts',
  'activities',
  'analytics',
  'reports',
  'settings',
] as const;

export type PageKey = (typeof PAGES)[number];

export const DEFAULT_PAGE: PageKey = 'pipeline';

export const PAGE_ICONS: Record<PageKey, IconName> = {
  pipeline: 'pipeline',
  leads: 'leads',
  deals: 'deals',
  companies: 'companies',
  contacts: 'contacts',
  activities: 'activities',
  analytics: 'analytics',
  reports: 'reports',
  settings: 'settings',
};

/** Sidebar groups: selling, the records behind it, insight; settings sit at the bottom. */
export const NAV_GROUPS: readonly (readonly PageKey[])[] = [
  ['pipeline', 'leads', 'deals'],
  ['companies', 'contacts', 'activities'],
  ['analytics', 'reports'],
];

/** `#/deals` → 'deals'; an empty hash → the default page; anything else → null (not found). */
export const pageFromHash = (hash: string): PageKey | null => {
  const key = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  if (key === '') return DEFAULT_PAGE;
  return (PAGES as readonly string[]).includes(key) ? (key as PageKey) : null;
};

export const hashOf = (page: PageKey): string => `#/${page}`;
