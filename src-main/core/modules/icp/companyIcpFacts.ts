import type { IcpCompanyFacts } from '@shared/domain/icpFit';

type FactColumns = Record<string, string | number | null | undefined>;

const text = (value: string | number | null | undefined): string | null => (typeof value === 'string' ? value : null);

/** The company columns the ICP fit reads: a change to any of them refreshes the fit. */
export const ICP_FACT_COLUMNS = ['industry', 'size', 'region', 'segment', 'notes', 'annual_revenue_minor'] as const;

/** A companies row (stored or being written) as the facts the pure fit rule reads. */
export const companyIcpFacts = (row: FactColumns): IcpCompanyFacts => ({
  industry: text(row['industry']),
  size: text(row['size']),
  region: text(row['region']),
  segment: text(row['segment']),
  notes: text(row['notes']),
  annualRevenueMinor: typeof row['annual_revenue_minor'] === 'number' ? row['annual_revenue_minor'] : null,
});
