import { readRecentHits, RECENT_HITS_KEPT, RECENT_HITS_KEY, type RecentHit } from './readRecentHits';

/** Puts an opened record at the top of the recent list (once). */
export const rememberRecentHit = (hit: RecentHit): void => {
  const entry: RecentHit = { kind: hit.kind, id: hit.id, title: hit.title, companyName: hit.companyName };
  if (hit.target !== undefined) entry.target = hit.target;
  const rest = readRecentHits().filter((item) => item.id !== hit.id);
  localStorage.setItem(RECENT_HITS_KEY, JSON.stringify([entry, ...rest].slice(0, RECENT_HITS_KEPT)));
};
