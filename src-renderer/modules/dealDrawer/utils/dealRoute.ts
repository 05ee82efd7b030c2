import { joinHash, splitHash } from '../../../app/hashParams';

/**
 * The open deal lives in the URL hash (`#/pipeline?deal=<id>`, `#/deals?deal=<id>`), so a reload,
 * the Back button and a pasted link all reopen the same drawer on the same page.
 */
export const dealIdFromHash = (hash: string): string | null => splitHash(hash).params.get('deal');

/** The same page with the drawer open on `dealId` (or closed with null); other params stay. */
export const hashWithDeal = (hash: string, dealId: string | null): string => {
  const { path, params } = splitHash(hash);
  if (dealId === null) params.delete('deal');
  else params.set('deal', dealId);
  return joinHash(path || '/pipeline', params);
};
