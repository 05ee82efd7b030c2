import type { SearchHit } from '@shared/contract/schemas/search';
import { recordHash } from '../../../app/useHashRecordId';
import { hashWithDeal } from '../../dealDrawer/utils/dealRoute';

/**
 * Where a hit opens: a deal or lead in the drawer over the page in view (the board, a table, a
 * company page stay behind it), a company or a contact on its page.
 */
export const searchHitHash = (hit: Pick<SearchHit, 'kind' | 'id'>, currentHash: string): string => {
  switch (hit.kind) {
    case 'deal':
    case 'lead':
      return hashWithDeal(currentHash, hit.id);
    case 'company':
      return recordHash('companies', hit.id);
    case 'contact':
      return recordHash('contacts', hit.id);
  }
};
