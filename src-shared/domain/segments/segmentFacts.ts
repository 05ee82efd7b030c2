import type { CompanySize } from '../../contract/schemas/companies';
import type { DealKind } from '../../contract/schemas/deals';

/** One stored custom value as the typed table holds it. */
export type CustomCell = { text: string | null; number: number | null; type: string };

export type SegmentCompanyFacts = {
  industry: string | null;
  size: CompanySize | null;
  region: string | null;
  icpFit: number | null;
  /** null: never a customer (or the record was deleted). */
  customerStatus: 'onboarding' | 'active' | 'churned' | null;
  custom: Readonly<Record<string, CustomCell>>;
};

export type SegmentDealFacts = {
  sourceId: string | null;
  campaignId: string | null;
  ownerId: string | null;
  kind: DealKind;
  valueMinor: number;
  custom: Readonly<Record<string, CustomCell>>;
};
