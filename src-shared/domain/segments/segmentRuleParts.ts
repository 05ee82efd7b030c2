import type { SegmentRules } from '../../contract/schemas/segments';

/** Whether the rules ask nothing of a company / of a deal (an empty part matches everything). */
export const hasCompanyRules = (rules: SegmentRules): boolean =>
  Object.values(rules.company).some((value) => value !== undefined);
export const hasDealRules = (rules: SegmentRules): boolean =>
  Object.values(rules.deal).some((value) => value !== undefined);
