import type { DealKind, DealStatus } from '@shared/contract/schemas/deals';
import { DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import type { ProductEntry } from './catalog/SeedCatalog';
import type { SeedUser } from './generateUsers';

/** Indexes into DEFAULT_STAGES: the default funnel the generated deals flow through. */
const stageIndex = (key: string): number => {
  const index = DEFAULT_STAGES.findIndex((stage) => stage.key === key);
  if (index < 0) throw new Error(`The default pipeline has no stage "${key}"`);
  return index;
};
export const NEW_LEAD = stageIndex('new_lead');
export const QUALIFICATION = stageIndex('qualification');
export const PROPOSAL = stageIndex('proposal');
export const NEGOTIATION = stageIndex('negotiation');
export const CONTRACT = stageIndex('contract');
export const CUSTOMER = stageIndex('customer');

/** One stage or status change, as stage_transitions records it. */
export type DealEvent = {
  at: number;
  from: number | null;
  to: number;
  fromStatus: DealStatus | null;
  toStatus: DealStatus;
};

/** A stay in one stage and how it ended; activities and checklist ticks fall inside it. */
export type StageVisit = {
  stage: number;
  from: number;
  to: number;
  exit: 'forward' | 'back' | 'won' | 'lost' | 'open';
};

/** Everything decided about a deal before any row is written. */
export type DealPlan = {
  /** Creation order before sorting; breaks ties between deals created in the same millisecond. */
  seq: number;
  id: string;
  kind: DealKind;
  createdAt: number;
  owner: SeedUser;
  createdBy: SeedUser;
  companyIndex: number;
  contactIndex: number;
  sourceIndex: number;
  campaignId: string | null;
  product: ProductEntry;
  quantity: number;
  valueMinor: number;
  events: DealEvent[];
  visits: StageVisit[];
  /** Stages jumped over by a skip: their required items were ticked just before the jump. */
  skipped: { stage: number; at: number }[];
  stage: number;
  status: DealStatus;
  stageEnteredAt: number;
  wonAt: number | null;
  lostAt: number | null;
  lossReason: number | null;
  bant: readonly [number, number, number, number] | null;
  qualifiedAt: number | null;
  icpFit: number;
  expectedCloseAt: number;
  updatedAt: number;
  position: string;
};
