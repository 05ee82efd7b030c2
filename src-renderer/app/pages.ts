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

/** A screen under a section's URL that the sidebar and heading file elsewhere. */
export type Screen = { page: PageKey | null; nav: PageKey | null; heading: string };

/**
 * What the URL shows: the page whose content renders, the sidebar item to light and the
 * `pages.<heading>` title. The stage editor lives at `#/pipeline/stages` (beside the board it
 * configures, so "Back to the board" is one step) but it is a setting: Settings lights up and the
 * heading is its own, not the board's.
 */
export const screenFromHash = (hash: string): Screen => {
  const page = pageFromHash(hash);
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  if (page === 'pipeline' && path.startsWith('/pipeline/stages')) {
    return { page, nav: 'settings', heading: 'stages' };
  }
  return { page, nav: page, heading: page ?? 'notFound' };
};
