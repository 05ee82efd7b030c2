import type { SegmentCompanyRules, SegmentDealRules, SegmentRules } from '../../contract/schemas/segments';
import type { CustomFieldType } from '../customFields/customFieldKinds';
import { foldText } from '../foldText';
import { matchesCustomFilter } from './matchesCustomFilter';
import type { SegmentCompanyFacts, SegmentDealFacts } from './segmentFacts';
import { hasDealRules } from './segmentRuleParts';

type Types = ReadonlyMap<string, CustomFieldType>;

const oneOfFolded = (list: readonly string[] | undefined, value: string | null): boolean =>
  list === undefined || (value !== null && list.some((item) => foldText(item) === foldText(value)));

const oneOf = <T>(list: readonly T[] | undefined, value: T | null): boolean =>
  list === undefined || (value !== null && list.includes(value));

/** The company rules on one company (no company: only empty rules hold). */
export const companyMeets = (
  rules: SegmentCompanyRules,
  company: SegmentCompanyFacts | null,
  types: Types,
): boolean => {
  if (company === null) return Object.values(rules).every((value) => value === undefined);
  if (!oneOfFolded(rules.industries, company.industry)) return false;
  if (!oneOf(rules.sizes, company.size)) return false;
  if (!oneOfFolded(rules.regions, company.region)) return false;
  if (rules.icpFitMin !== undefined && (company.icpFit === null || company.icpFit < rules.icpFitMin)) return false;
  if (!oneOf(rules.customerStatuses, company.customerStatus ?? 'none')) return false;
  return (rules.custom ?? []).every((filter) =>
    matchesCustomFilter(filter, company.custom[filter.fieldId], types.get(filter.fieldId) ?? 'text'),
  );
};

/** The deal rules on one deal. */
export const dealMeets = (rules: SegmentDealRules, deal: SegmentDealFacts, types: Types): boolean => {
  if (!oneOf(rules.sourceIds, deal.sourceId)) return false;
  if (!oneOf(rules.campaignIds, deal.campaignId)) return false;
  if (!oneOf(rules.ownerIds, deal.ownerId)) return false;
  if (!oneOf(rules.kinds, deal.kind)) return false;
  if (rules.valueMinMinor !== undefined && deal.valueMinor < rules.valueMinMinor) return false;
  if (rules.valueMaxMinor !== undefined && deal.valueMinor > rules.valueMaxMinor) return false;
  return (rules.custom ?? []).every((filter) =>
    matchesCustomFilter(filter, deal.custom[filter.fieldId], types.get(filter.fieldId) ?? 'text'),
  );
};

/** A deal is in the segment when it and its company meet their rules. */
export const dealInSegment = (
  rules: SegmentRules,
  deal: SegmentDealFacts,
  company: SegmentCompanyFacts | null,
  types: Types,
): boolean => dealMeets(rules.deal, deal, types) && companyMeets(rules.company, company, types);

/** A company is in the segment when it meets the company rules and, with deal rules, has a deal that meets them. */
export const companyInSegment = (
  rules: SegmentRules,
  company: SegmentCompanyFacts,
  deals: readonly SegmentDealFacts[],
  types: Types,
): boolean =>
  companyMeets(rules.company, company, types) &&
  (!hasDealRules(rules) || deals.some((deal) => dealMeets(rules.deal, deal, types)));
