import {
  SEARCH_HIT_KINDS,
  searchTargetSchema,
  type SearchHit,
  type SearchTarget,
} from '@shared/contract/schemas/search';

/** Where this device keeps the list (its own, as a browser keeps its history). */
export const RECENT_HITS_KEY = 'voronka.search.recent';
export const RECENT_HITS_KEPT = 8;

/** A record opened from the search, as the empty search box lists it again (an activity with where it opens). */
export type RecentHit = Pick<SearchHit, 'kind' | 'id' | 'title' | 'companyName'> & { target?: SearchTarget | null };

const isRecent = (value: unknown): value is RecentHit => {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    (SEARCH_HIT_KINDS as readonly unknown[]).includes(item.kind) &&
    typeof item.id === 'string' &&
    typeof item.title === 'string' &&
    (item.companyName === null || typeof item.companyName === 'string') &&
    (item.target === undefined || item.target === null || searchTargetSchema.safeParse(item.target).success)
  );
};

/** Records last opened from the search, newest first (this device's, as a browser keeps its history). */
export const readRecentHits = (): RecentHit[] => {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(RECENT_HITS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecent).slice(0, RECENT_HITS_KEPT) : [];
  } catch {
    return [];
  }
};
