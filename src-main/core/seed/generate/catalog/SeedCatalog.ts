import type { LocaleDefinition } from '@faker-js/faker';
import type { ActivityType, CompaniesTable, ContactsTable } from '../../../db/schema';

export type CompanySize = NonNullable<CompaniesTable['size']>;
export type ContactRole = NonNullable<ContactsTable['role']>;
export type SegmentKey = 'smb' | 'mid' | 'enterprise';

export type RegionEntry = {
  name: string;
  weight: number;
  /** Two-digit tax region (first INN digits) for Russian regions; unused elsewhere. */
  taxCode: string;
  areaCodes: readonly string[];
  /** Latin tag used to tell apart two firms whose web names collide. */
  slug: string;
};

export type CampaignTemplate = {
  name: string;
  /** always: runs the whole window; burst: a few weeks at a time; event: one week. */
  kind: 'always' | 'burst' | 'event';
  /** Typical spend per week in major units, and people reached per week. */
  weeklyCost: number;
  weeklyReach: number;
};

export type ProductEntry = { name: string; unit: string; minQty: number; maxQty: number };

/** Everything language-specific the generator writes: names, words, amounts, formats. */
export type SeedCatalog = {
  lang: 'ru' | 'en';
  locales: LocaleDefinition[];
  currency: string;
  timeZone: string;
  /** The workspace's default phone country (ISO 3166 alpha-2) the generated numbers are written for. */
  phoneCountry: 'RU' | 'US';
  /** Fixed offset used for office hours (close enough to the zone above for generated data). */
  utcOffsetMinutes: number;
  regions: readonly RegionEntry[];
  industries: readonly string[];
  /** The industries the seller's ideal customer profile targets. */
  icpIndustries: readonly string[];
  segments: Record<SegmentKey, string>;
  /** Deal value in major units by company size (median of a log-normal). */
  dealValueBySize: Record<CompanySize, number>;
  /** Rounding step for deal values, major units. */
  valueStep: number;
  nameRoots: readonly (readonly [string, string])[];
  nameSuffixes: readonly (readonly [string, string])[];
  topLevelDomains: readonly (readonly [string, number])[];
  products: readonly ProductEntry[];
  personas: Record<ContactRole, { persona: string; titles: readonly string[] }>;
  activitySubjects: Record<ActivityType, readonly string[]>;
  activityBodies: Record<ActivityType, readonly string[]>;
  firstContactSubjects: { call: readonly string[]; email: readonly string[] };
  /** Keyed by DEFAULT_LOSS_REASONS key. */
  lossNotes: Record<string, readonly string[]>;
  churnReasons: readonly string[];
  npsComments: { promoter: readonly string[]; passive: readonly string[]; detractor: readonly string[] };
  /** Keyed by DEFAULT_LEAD_SOURCES key. */
  campaigns: Record<string, readonly CampaignTemplate[]>;
  dealNotes: readonly string[];
  companyNotes: readonly string[];
  /** Legal name of a company from its display name (ООО «…», … Inc.). */
  legalName(displayName: string, form: string): string;
  legalForms: readonly (readonly [string, number])[];
  dealTitle(product: string, quantity: number, unit: string, company: string): string;
  followUpTitle(kind: 'upsell' | 'cross_sell' | 'renewal', product: string, company: string, year: number): string;
  personName(first: string, middle: string | null, last: string): string;
  /** Latin letters for e-mail local parts and web names. */
  latin(text: string): string;
  phone(areaCode: string, digits: string): string;
  mobileAreaCodes: readonly string[];
};
