import { foldText } from './foldText';

/** Company sizes from the smallest up: a profile's size range is an interval of this order. */
export const ICP_SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export type IcpSize = (typeof ICP_SIZES)[number];

export type IcpProfileRules = {
  /** Any of them matches (compared folded: case, ё/е); empty: any industry. */
  industries: string[];
  sizeMin: IcpSize | null;
  sizeMax: IcpSize | null;
  regions: string[];
  revenueMinMinor: number | null;
  revenueMaxMinor: number | null;
  /** Terms every fitting company has in its industry, segment or notes. */
  mustHave: string[];
  /** Terms that rule a company out wherever they appear in those fields. */
  excluding: string[];
};

export type IcpCompanyFacts = {
  industry: string | null;
  size: string | null;
  region: string | null;
  segment: string | null;
  notes: string | null;
  annualRevenueMinor: number | null;
};

export const ICP_CRITERIA = ['industry', 'size', 'region', 'revenue'] as const;
export type IcpCriterion = (typeof ICP_CRITERIA)[number];

/** Why a company fits or not: each criterion the profile sets, met, missed or unknown, and the terms. */
export type IcpReason =
  | { kind: 'criterion'; criterion: IcpCriterion; result: 'met' | 'missed' | 'unknown' }
  | { kind: 'mustHave'; term: string; met: boolean }
  | { kind: 'excluded'; term: string };

export type IcpFit = { fit: number; reasons: IcpReason[] };

const folded = (values: readonly string[]): string[] => values.map(foldText).filter((value) => value !== '');

const listResult = (wanted: readonly string[], value: string | null): 'met' | 'missed' | 'unknown' => {
  if (value === null || value.trim() === '') return 'unknown';
  return folded(wanted).includes(foldText(value)) ? 'met' : 'missed';
};

const sizeResult = (rules: IcpProfileRules, size: string | null): 'met' | 'missed' | 'unknown' => {
  const index = ICP_SIZES.indexOf(size as IcpSize);
  if (index === -1) return 'unknown';
  const min = rules.sizeMin === null ? 0 : ICP_SIZES.indexOf(rules.sizeMin);
  const max = rules.sizeMax === null ? ICP_SIZES.length - 1 : ICP_SIZES.indexOf(rules.sizeMax);
  return index >= min && index <= max ? 'met' : 'missed';
};

const revenueResult = (rules: IcpProfileRules, revenue: number | null): 'met' | 'missed' | 'unknown' => {
  if (revenue === null) return 'unknown';
  if (rules.revenueMinMinor !== null && revenue < rules.revenueMinMinor) return 'missed';
  if (rules.revenueMaxMinor !== null && revenue > rules.revenueMaxMinor) return 'missed';
  return 'met';
};

const criteriaSet = (rules: IcpProfileRules): IcpCriterion[] =>
  ICP_CRITERIA.filter((criterion) => {
    if (criterion === 'industry') return folded(rules.industries).length > 0;
    if (criterion === 'region') return folded(rules.regions).length > 0;
    if (criterion === 'size') return rules.sizeMin !== null || rules.sizeMax !== null;
    return rules.revenueMinMinor !== null || rules.revenueMaxMinor !== null;
  });

/**
 * How well a company fits an ICP profile, 0..1, with the reasons: the share of the criteria the
 * profile sets (industry, size range, region, revenue range) that the company meets — a fact the
 * company lacks counts as not met and says "unknown". A missing must-have term or any excluding
 * term makes the fit 0 whatever the rest. A profile that sets nothing fits everyone (1).
 */
export const icpFit = (company: IcpCompanyFacts, rules: IcpProfileRules): IcpFit => {
  const reasons: IcpReason[] = [];
  const text = foldText([company.industry, company.segment, company.notes].filter(Boolean).join(' '));
  const has = (term: string) => text.includes(foldText(term));
  let ruledOut = false;
  for (const term of rules.excluding.filter((value) => value.trim() !== '')) {
    if (has(term)) {
      reasons.push({ kind: 'excluded', term });
      ruledOut = true;
    }
  }
  for (const term of rules.mustHave.filter((value) => value.trim() !== '')) {
    const met = has(term);
    reasons.push({ kind: 'mustHave', term, met });
    if (!met) ruledOut = true;
  }
  const criteria = criteriaSet(rules);
  let met = 0;
  for (const criterion of criteria) {
    const result =
      criterion === 'industry'
        ? listResult(rules.industries, company.industry)
        : criterion === 'region'
          ? listResult(rules.regions, company.region)
          : criterion === 'size'
            ? sizeResult(rules, company.size)
            : revenueResult(rules, company.annualRevenueMinor);
    if (result === 'met') met += 1;
    reasons.push({ kind: 'criterion', criterion, result });
  }
  const share = criteria.length === 0 ? 1 : met / criteria.length;
  return { fit: ruledOut ? 0 : Math.round(share * 100) / 100, reasons };
};
