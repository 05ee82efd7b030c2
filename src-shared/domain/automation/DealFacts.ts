import type { RuleDealField } from '../../contract/schemas/automation';

/** A deal as rules see it: the fields conditions test and `field_changed` watches. */
export type DealFacts = { id: string } & { [F in RuleDealField]: string | number | null };
