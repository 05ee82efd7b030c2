import type { IcpProfileRules } from '@shared/domain/icpFit';
import type { IcpProfilesTable } from '../../db/schema';

/** A stored list column (a JSON array of text) as the list; anything else reads as empty. */
export const termsOf = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((term): term is string => typeof term === 'string') : [];
};

/** What the pure fit rule needs of a stored profile. */
export const icpRules = (row: IcpProfilesTable): IcpProfileRules => ({
  industries: termsOf(row.industries),
  sizeMin: row.size_min,
  sizeMax: row.size_max,
  regions: termsOf(row.regions),
  revenueMinMinor: row.revenue_min_minor,
  revenueMaxMinor: row.revenue_max_minor,
  mustHave: termsOf(row.must_have),
  excluding: termsOf(row.excluding),
});
