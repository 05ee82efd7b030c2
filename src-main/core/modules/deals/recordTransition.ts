import type { DealStatus } from '@shared/contract/schemas/deals';
import { v7 as uuidv7 } from 'uuid';
import type { ChangeWriter } from '../../changes/ChangeWriter';

export type TransitionFacts = {
  dealId: string;
  fromStageId: string | null;
  toStageId: string;
  fromStatus: DealStatus | null;
  toStatus: DealStatus;
  at: number;
  byUserId: string | null;
};

/** Appends one stage transition (append-only: the source of every "as of" funnel figure). */
export const recordTransition = (writer: ChangeWriter, facts: TransitionFacts): void => {
  writer.insert('stage_transitions', {
    id: uuidv7(),
    deal_id: facts.dealId,
    from_stage_id: facts.fromStageId,
    to_stage_id: facts.toStageId,
    from_status: facts.fromStatus,
    to_status: facts.toStatus,
    at: facts.at,
    by_user_id: facts.byUserId,
  });
};
