import type { FirstTouch } from '@shared/contract/schemas/activities';
import { firstTouch } from '@shared/domain/activities/firstTouch';
import type { Db } from '../../db/Db';
import { findDealRow } from '../deals/deals.repo';
import { notFound } from '../pipelines/notFound';
import { dealDoneActivities, toActivity } from './activities.repo';

/**
 * The deal's speed to lead, derived on read from its activities: a touch logged late, back-dated,
 * deleted or restored changes the answer at once, with no stored copy to fall out of step.
 */
export const dealFirstTouch = (db: Db, dealId: string): FirstTouch => {
  const deal = findDealRow(db, dealId);
  if (!deal) throw notFound('deal', dealId);
  const first = firstTouch(dealDoneActivities(db, dealId).map(toActivity));
  return {
    dealId,
    dealCreatedAt: deal.created_at,
    activity: first,
    afterMs: first === null ? null : Math.max(0, (first.doneAt as number) - deal.created_at),
  };
};
