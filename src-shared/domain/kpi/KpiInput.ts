import type { DealStatus } from '../../contract/schemas/deals';
import type { KpiFilters } from '../../contract/schemas/kpi';
import type { FunnelStep } from '../funnelSteps';
import type { PeriodRange } from './KpiPeriod';

export type KpiStageInfo = {
  id: string;
  pipelineId: string;
  /** The seeded key, else the id: what per-stage figures are keyed by. */
  key: string;
  defaultKey: string | null;
  name: string | null;
  step: FunnelStep;
  /** Order within its pipeline (0 = first). */
  rank: number;
  basisPoints: number;
  rotDays: number | null;
  slaHours: number | null;
  archived: boolean;
  /** Required, live control points: a forward exit is compliant when all were ticked. */
  requiredPointIds: readonly string[];
};

/**
 * A move, close or reopening as the figures read it. The status it left is not read: the figures
 * go by where each transition leads.
 */
export type KpiTransition = {
  fromStageId: string | null;
  toStageId: string;
  toStatus: DealStatus;
  at: number;
};

/** A deal as it stood at the as-of time: attributes rewound, transitions up to then, in order. */
export type KpiDealHistory = {
  id: string;
  title: string;
  createdAt: number;
  ownerId: string | null;
  companyId: string | null;
  sourceId: string | null;
  campaignId: string | null;
  segment: string | null;
  /** In the saved segment the filters name, now (only set when they name one). */
  inSegment?: boolean | undefined;
  /** Owned by a user of the team the filters name, now (only set when they name one). */
  inTeam?: boolean | undefined;
  valueMinor: number;
  currency: string;
  lossReasonId: string | null;
  /** Marked qualified by the BANT form (null if not, or only after the as-of time). */
  qualifiedAt: number | null;
  transitions: readonly KpiTransition[];
  /** Ticked control points and when (ticked at or before the as-of time). */
  ticks: ReadonlyMap<string, number>;
  /** First done outbound call, e-mail or meeting (at or before the as-of time). */
  firstTouchAt: number | null;
};

/** An open deal as of the as-of time (forecast, open ages). */
export type KpiOpenDeal = {
  id: string;
  title: string;
  ownerId: string | null;
  stageId: string;
  stageEnteredAt: number;
  valueMinor: number;
  currency: string;
  /** A calendar day, 'YYYY-MM-DD'. */
  expectedCloseOn: string | null;
};

/** A won deal as of the as-of time (LTV over the filtered deals; repeat sales over all). */
export type KpiWin = { dealId: string; companyId: string; valueMinor: number; currency: string; wonAt: number };

export type KpiActivityCount = { ownerId: string | null; type: string; n: number };

/** A rep's reviewed activities of the period: the sum of the 1–5 scores and how many. */
export type KpiReviewScore = { ownerId: string | null; total: number; n: number };

export type KpiCampaignCost = {
  campaignId: string;
  periodStart: number;
  periodEnd: number;
  amountMinor: number;
  currency: string;
};

export type KpiInput = {
  range: PeriodRange;
  label: string;
  asOf: number;
  timeZone: string;
  currency: string;
  filters: KpiFilters;
  stages: readonly KpiStageInfo[];
  /** Deals with a transition in the period (before filters: the engine applies them). */
  deals: readonly KpiDealHistory[];
  openDeals: readonly KpiOpenDeal[];
  /** Wins of the filtered deals (LTV). */
  wins: readonly KpiWin[];
  /**
   * Every win (any filter) of the companies of the deals in `deals` won in the period: repeat sales
   * look at the whole history of those companies only.
   */
  companyWins: readonly KpiWin[];
  activityCounts: readonly KpiActivityCount[];
  reviewScores: readonly KpiReviewScore[];
  overdueTasks: readonly { ownerId: string | null; n: number }[];
  campaigns: readonly { id: string; name: string }[];
  lossReasons: readonly { id: string; name: string | null; defaultKey: string | null }[];
  campaignCosts: readonly KpiCampaignCost[];
  users: readonly { id: string; name: string }[];
  customers: { activeAtStart: number; churned: number };
  nps: { promoters: number; detractors: number; responses: number };
};
