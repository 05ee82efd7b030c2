import { z } from 'zod';
import { customFilterSchema, customRefNamesSchema, customSortFieldSchema, customValuesSchema } from './customFields';
import {
  companyIdentifierConflicts,
  type IdentifierIssue,
  innIssue,
  kppIssue,
  ogrnIssue,
} from '../../domain/companyIdentifierIssues';
import { companyNameSchema, epochMsSchema, idSchema, minorUnitsSchema } from './common';
import { customerStatusSchema } from './customers';
import { contactRowSchema } from './contacts';
import { dealSchema } from './deals';
import {
  blankableTextSchema,
  emailFieldSchema,
  fieldIssue,
  pageFields,
  searchFieldSchema,
  sortDirectionSchema,
  websiteFieldSchema,
} from './fields';
import { phoneFieldSchema } from './phoneField';

export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export const companySizeSchema = z.enum(COMPANY_SIZES);
export type CompanySize = z.infer<typeof companySizeSchema>;

export const companySchema = z.object({
  id: idSchema,
  name: z.string(),
  inn: z.string().nullable(),
  kpp: z.string().nullable(),
  ogrn: z.string().nullable(),
  industry: z.string().nullable(),
  size: companySizeSchema.nullable(),
  region: z.string().nullable(),
  segment: z.string().nullable(),
  /** As typed (a link may need its path); `domain` is its normalised web domain. */
  website: z.string().nullable(),
  domain: z.string().nullable(),
  /** As typed; `phoneNormalized` is `+` and digits. */
  phone: z.string().nullable(),
  phoneNormalized: z.string().nullable(),
  /** Normalised: lower case, Unicode domain. */
  email: z.string().nullable(),
  ownerId: idSchema.nullable(),
  notes: z.string().nullable(),
  /** In minor units of the workspace currency. */
  annualRevenueMinor: z.number().int().nullable(),
  /** Best fit over the approved ICP profiles, 0..1; null while none is approved. */
  icpFit: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Set on a tombstoned company (still readable by id so history and undo resolve it). */
  deletedAt: z.number().nullable(),
});
export type Company = z.infer<typeof companySchema>;

/**
 * A companies-table row: the company, its owner's name and its open deals (count and the sum of
 * those in the workspace currency, `currency`).
 */
export const companyRowSchema = companySchema.extend({
  ownerName: z.string().nullable(),
  openDeals: z.number().int().nonnegative(),
  openValueMinor: z.number().int().nonnegative(),
  currency: z.string(),
  /** Its customer record's status (retention); null: a prospect, never won. */
  customerStatus: customerStatusSchema.nullable(),
  /** When it first became a customer; null for a prospect. */
  customerSince: epochMsSchema.nullable(),
  /** The record's custom values by field id (filled ones only). */
  customValues: customValuesSchema.optional(),
  /** Names of the records its reference fields point at. */
  customRefNames: customRefNamesSchema.optional(),
});
export type CompanyRow = z.infer<typeof companyRowSchema>;

/**
 * An identifier box: spaces people paste from documents ("7707 083893") are dropped, an empty box
 * is null, and the value must pass its own rule (format, check digits).
 */
const identifierSchema = (rule: (value: string) => IdentifierIssue | null, upperCase = false) =>
  blankableTextSchema(40)
    .transform((value) => {
      const compact = value?.replace(/\s+/g, '') ?? null;
      return upperCase ? (compact?.toUpperCase() ?? null) : compact;
    })
    .superRefine((value, ctx) => {
      const issue = value === null ? null : rule(value);
      if (issue) ctx.addIssue(fieldIssue(issue.reason, issue.message));
    });

/** Each field on its own, so a form can check one box as it is typed. */
export const companyFieldsShape = {
  name: companyNameSchema,
  inn: identifierSchema(innIssue),
  kpp: identifierSchema(kppIssue, true),
  ogrn: identifierSchema(ogrnIssue),
  industry: blankableTextSchema(100),
  size: companySizeSchema.nullable(),
  region: blankableTextSchema(100),
  segment: blankableTextSchema(100),
  website: websiteFieldSchema,
  phone: phoneFieldSchema,
  email: emailFieldSchema,
  ownerId: idSchema.nullable(),
  notes: blankableTextSchema(10_000),
  annualRevenueMinor: minorUnitsSchema.nullable(),
};

type Identifiers = {
  inn?: string | null | undefined;
  kpp?: string | null | undefined;
  ogrn?: string | null | undefined;
};

/** Rules between INN, KPP and OGRN (each field checks itself). */
const refineIdentifiers = (value: Identifiers, ctx: z.RefinementCtx): void => {
  for (const issue of companyIdentifierConflicts(value)) {
    ctx.addIssue({ ...fieldIssue(issue.reason, issue.message), path: [issue.field] });
  }
};

/** The company form: the renderer validates with exactly what the backend accepts. */
export const companyFormSchema = z.object(companyFieldsShape).superRefine(refineIdentifiers);

export const companyCreateInputSchema = z
  .object(companyFieldsShape)
  .partial({
    inn: true,
    kpp: true,
    ogrn: true,
    industry: true,
    size: true,
    region: true,
    segment: true,
    website: true,
    phone: true,
    email: true,
    ownerId: true,
    notes: true,
    annualRevenueMinor: true,
  })
  /** Custom field values written with the company; each is checked by its field's rule in the core. */
  .extend({ customValues: customValuesSchema.optional() })
  .strict()
  .superRefine(refineIdentifiers);
export type CompanyCreateInput = z.input<typeof companyCreateInputSchema>;

/**
 * Each patched field checks itself here; the rules between fields (KPP only with a legal entity's
 * INN, OGRN with the INN's kind) need the stored record, so the server checks the merged record.
 * A form sends only what changed: a KPP added alone to a legal entity is a valid patch.
 */
export const companyUpdateInputSchema = z
  .object({
    id: idSchema,
    patch: z.object(companyFieldsShape).partial().strict(),
  })
  .strict();
export type CompanyUpdateInput = z.input<typeof companyUpdateInputSchema>;
export type CompanyPatch = z.output<typeof companyUpdateInputSchema>['patch'];

/** Every column of the companies table sorts on the server. */
export const COMPANY_SORT_FIELDS = [
  'name',
  'inn',
  'kpp',
  'ogrn',
  'industry',
  'size',
  'region',
  'segment',
  'domain',
  'phone',
  'email',
  'ownerName',
  'openDeals',
  'openValueMinor',
  'customerSince',
  'createdAt',
  'updatedAt',
] as const;
export type CompanySortField = (typeof COMPANY_SORT_FIELDS)[number];

/** The companies table's customer filter: `current` is onboarding or active, `none` never a customer. */
export const COMPANY_CUSTOMER_FILTERS = ['current', 'onboarding', 'active', 'churned', 'none'] as const;
export type CompanyCustomerFilter = (typeof COMPANY_CUSTOMER_FILTERS)[number];

export const companiesListInputSchema = z
  .object({
    /** Name, INN, web domain or e-mail (and phone digits); case-insensitive in any script. */
    search: searchFieldSchema,
    industry: z.string().optional(),
    size: companySizeSchema.optional(),
    region: z.string().optional(),
    segment: z.string().optional(),
    /** Only companies of this saved segment (segments.list). */
    segmentId: idSchema.optional(),
    /** null: companies without an owner. */
    ownerId: idSchema.nullable().optional(),
    /** Customers now (onboarding or active), one customer status, or prospects (never won). */
    customer: z.enum(COMPANY_CUSTOMER_FILTERS).optional(),
    /** Filters on custom fields of the records, all of which must hold. */
    customFilters: z.array(customFilterSchema).max(20).optional(),
    /** A built-in column, or `cf:<field id>` for a custom one (empty values last either way). */
    sort: z
      .object({ field: z.union([z.enum(COMPANY_SORT_FIELDS), customSortFieldSchema]), dir: sortDirectionSchema })
      .default({ field: 'name', dir: 'asc' }),
    ...pageFields,
  })
  .strict()
  .default({ sort: { field: 'name', dir: 'asc' }, offset: 0, limit: 50 });
export type CompaniesListInput = z.input<typeof companiesListInputSchema>;

export const companiesListOutputSchema = z.object({
  rows: z.array(companyRowSchema),
  total: z.number().int().nonnegative(),
});

const facetSchema = z.array(z.object({ value: z.string(), count: z.number().int().positive() }));
/** Values in use, most common first: the options of the table's column filters. */
export const companyFacetsSchema = z.object({ industries: facetSchema, regions: facetSchema, segments: facetSchema });

export const COMPANY_DUPLICATE_FIELDS = ['inn', 'email', 'phone', 'domain', 'name'] as const;
export const companyDuplicateFieldSchema = z.enum(COMPANY_DUPLICATE_FIELDS);
export type CompanyDuplicateField = z.infer<typeof companyDuplicateFieldSchema>;

/** A possible duplicate and the fields that matched; a warning, never a block. */
export const companyDuplicateSchema = z.object({
  id: idSchema,
  name: z.string(),
  inn: z.string().nullable(),
  domain: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  matchedOn: z.array(companyDuplicateFieldSchema).min(1),
});
export type CompanyDuplicate = z.infer<typeof companyDuplicateSchema>;

/** Raw form values while typing: unreadable ones are ignored, not refused. */
export const companyDuplicatesInputSchema = z
  .object({
    /** The company being edited, never its own duplicate. */
    id: idSchema.optional(),
    inn: z.string().max(50).nullable().optional(),
    email: z.string().max(300).nullable().optional(),
    phone: z.string().max(100).nullable().optional(),
    website: z.string().max(600).nullable().optional(),
    name: z.string().max(300).nullable().optional(),
  })
  .strict();

export const companySavedOutputSchema = z.object({
  company: companySchema,
  duplicates: z.array(companyDuplicateSchema),
});
export type CompanySaved = z.infer<typeof companySavedOutputSchema>;

export const companyCardInputSchema = z
  .object({
    id: idSchema,
    /** Deals shown on the page: open first, then the latest closed. */
    dealsLimit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

/** Deals by status; values are sums in the workspace currency (`currency`). */
export const companyDealStatsSchema = z.object({
  currency: z.string(),
  openDeals: z.number().int().nonnegative(),
  openValueMinor: z.number().int().nonnegative(),
  wonDeals: z.number().int().nonnegative(),
  wonValueMinor: z.number().int().nonnegative(),
  lostDeals: z.number().int().nonnegative(),
});

/** The company page in one call: the record, its deals and contacts. */
export const companyCardSchema = z.object({
  company: companySchema,
  ownerName: z.string().nullable(),
  stats: companyDealStatsSchema,
  deals: z.object({ rows: z.array(dealSchema), total: z.number().int().nonnegative() }),
  contacts: z.array(contactRowSchema),
});
export type CompanyCard = z.infer<typeof companyCardSchema>;
