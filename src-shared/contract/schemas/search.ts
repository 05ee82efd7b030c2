import { z } from 'zod';
import { SEARCH_TEXT_MAX_LENGTH } from '../searchLimits';
import { idSchema } from './common';
import { ACTIVITY_TYPES } from './activities';

/** The record an activity hit opens: its deal (in the drawer), else its company or contact page. */
export const searchTargetSchema = z.object({
  kind: z.enum(['deal', 'company', 'contact']),
  id: idSchema,
  /** Its title or name, shown under the hit. */
  title: z.string(),
});
export type SearchTarget = z.infer<typeof searchTargetSchema>;

/** What a search hit is: a lead is an open deal at the awareness or interest step. */
export const SEARCH_HIT_KINDS = ['deal', 'lead', 'company', 'contact', 'activity'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

export const searchInputSchema = z
  .object({
    query: z.string().max(SEARCH_TEXT_MAX_LENGTH),
    /** Hits per kind (leads and deals share one search of deals). */
    limit: z.number().int().min(1).max(20).default(5),
  })
  .strict();

export const searchHitSchema = z.object({
  kind: z.enum(SEARCH_HIT_KINDS),
  id: idSchema,
  /** Deal title, company/contact name, activity subject. */
  title: z.string(),
  /** The deal's, contact's or activity's company. */
  companyName: z.string().nullable(),
  inn: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Found by an exact INN, OGRN or phone: listed first. */
  exact: z.boolean(),
  /** An activity hit: what it is, and the record whose timeline holds it (deal, else company, else contact). */
  activity: z
    .object({
      type: z.enum(ACTIVITY_TYPES),
      at: z.number().int(),
      target: searchTargetSchema.nullable(),
    })
    .nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchOutputSchema = z.object({
  hits: z.array(searchHitSchema),
  /** Records of a large import or bundle are still being added to the search (found once added). */
  indexing: z.boolean(),
});
export type SearchOutput = z.infer<typeof searchOutputSchema>;
