import type { SearchHit } from '@shared/contract/schemas/search';
import { recordHash } from '../../../app/useHashRecordId';
import { hashWithDeal } from '../../dealDrawer/utils/dealRoute';

/** What opening a hit needs: an activity's hit also names the record whose timeline holds it. */
export type SearchHitLink = Pick<SearchHit, 'kind' | 'id'> & {
  target?: NonNullable<SearchHit['activity']>['target'];
};

/**
 * Where a hit opens: a deal or lead in the drawer over the page in view (the board, a table, a
 * company page stay behind it), a company or a contact on its page; an activity on the timeline
 * of its deal (in the drawer), else its company or contact, else on the activities table.
 */
export const searchHitHash = (hit: SearchHitLink, currentHash: string): string => {
  switch (hit.kind) {
    case 'deal':
    case 'lead':
      return hashWithDeal(currentHash, hit.id);
    case 'company':
      return recordHash('companies', hit.id);
    case 'contact':
      return recordHash('contacts', hit.id);
    case 'activity':
      return hit.target ? searchHitHash(hit.target, currentHash) : '#/activities';
  }
};
