import { z } from 'zod';
import { ICP_CRITERIA, ICP_SIZES } from '../../domain/icpFit';
import { epochMsSchema, idSchema, minorUnitsSchema, nonEmptyTextSchema } from './common';
import { blankableTextSchema, fieldIssue } from './fields';

export const ICP_PROFILE_STATUSES = ['draft', 'approved'] as const;
export const icpSizeSchema = z.enum(ICP_SIZES);

/** A list of terms as the form sends them: each trimmed, blanks and repeats (folded case) dropped. */
const termsSchema = z
  .array(z.string().trim().max(100))
  .max(50)
  .transform((terms) => {
    const seen = new Set<string>();
    return terms.filter((term) => {
      const key = term.toLocaleLowerCase('ru');
      if (term === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

export const icpProfileSchema = z.object({
  id: idSchema,
  name: z.string(),
  industries: z.array(z.string()),
  sizeMin: icpSizeSchema.nullable(),
  sizeMax: icpSizeSchema.nullable(),
  regions: z.array(z.string()),
  /** In minor units of the workspace currency, as companies' annual revenue. */
  revenueMinMinor: z.number().int().nullable(),
  revenueMaxMinor: z.number().int().nullable(),
  mustHave: z.array(z.string()),
  excluding: z.array(z.string()),
  notes: z.string().nullable(),
  status: z.enum(ICP_PROFILE_STATUSES),
  approvedBy: idSchema.nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: epochMsSchema.nullable(),
  /** Live companies that fit this profile fully (fit 1) and at least half (≥ 0.5). */
  companies: z.object({ full: z.number().int().nonnegative(), half: z.number().int().nonnegative() }),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
});
export type IcpProfile = z.infer<typeof icpProfileSchema>;

const icpProfileFieldsShape = {
  name: nonEmptyTextSchema(200),
  industries: termsSchema,
  sizeMin: icpSizeSchema.nullable(),
  sizeMax: icpSizeSchema.nullable(),
  regions: termsSchema,
  revenueMinMinor: minorUnitsSchema.nullable(),
  revenueMaxMinor: minorUnitsSchema.nullable(),
  mustHave: termsSchema,
  excluding: termsSchema,
  notes: blankableTextSchema(5000),
};

type Ranges = {
  sizeMin?: string | null;
  sizeMax?: string | null;
  revenueMinMinor?: number | null;
  revenueMaxMinor?: number | null;
};

/** A range whose lower end is above its upper end fits nobody: refused on the upper box. */
export const refineIcpRanges = (value: Ranges, ctx: z.RefinementCtx): void => {
  const { sizeMin, sizeMax, revenueMinMinor, revenueMaxMinor } = value;
  if (sizeMin && sizeMax && ICP_SIZES.indexOf(sizeMax as never) < ICP_SIZES.indexOf(sizeMin as never)) {
    ctx.addIssue({ ...fieldIssue('range_reversed', 'The largest size is below the smallest'), path: ['sizeMax'] });
  }
  if (
    revenueMinMinor !== null &&
    revenueMinMinor !== undefined &&
    revenueMaxMinor !== null &&
    revenueMaxMinor !== undefined &&
    revenueMaxMinor < revenueMinMinor
  ) {
    ctx.addIssue({
      ...fieldIssue('range_reversed', 'The highest revenue is below the lowest'),
      path: ['revenueMaxMinor'],
    });
  }
};

/** The profile form: the renderer checks with what the backend accepts. */
export const icpProfileFormSchema = z.object(icpProfileFieldsShape).strict().superRefine(refineIcpRanges);
export type IcpProfileForm = z.input<typeof icpProfileFormSchema>;

export const icpProfileCreateInputSchema = icpProfileFormSchema;
export type IcpProfileCreateInput = z.output<typeof icpProfileCreateInputSchema>;

/** Absent fields stay; the ranges are checked again against the stored ends. */
export const icpProfileUpdateInputSchema = z
  .object({ id: idSchema, patch: z.object(icpProfileFieldsShape).partial().strict().superRefine(refineIcpRanges) })
  .strict();
export type IcpProfilePatch = z.output<typeof icpProfileUpdateInputSchema>['patch'];

export const icpProfileIdInputSchema = z.object({ id: idSchema }).strict();

export const icpReasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('criterion'),
    criterion: z.enum(ICP_CRITERIA),
    result: z.enum(['met', 'missed', 'unknown']),
  }),
  z.object({ kind: z.literal('mustHave'), term: z.string(), met: z.boolean() }),
  z.object({ kind: z.literal('excluded'), term: z.string() }),
]);

/**
 * A company's fit over the approved profiles: the best one with its reasons; `best` null when none
 * is approved (wrapped, so a view can tell that answer from "not loaded yet").
 */
export const companyIcpFitSchema = z.object({
  best: z
    .object({
      fit: z.number().min(0).max(1),
      profileId: idSchema,
      profileName: z.string(),
      reasons: z.array(icpReasonSchema),
    })
    .nullable(),
});
export type CompanyIcpFit = z.infer<typeof companyIcpFitSchema>;
