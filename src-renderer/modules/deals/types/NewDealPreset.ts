import type { DealKind } from '@shared/contract/schemas/deals';

/** A deal started from somewhere that already says what it is: a customer's upsell, say. */
export type NewDealPreset = { company: { id: string; name: string }; kind: DealKind };
