import { z } from 'zod';
import { idSchema } from './common';

/** What a search hit is: a lead is an open deal at the awareness or interest step. */
export const SEARCH_HIT_KINDS = ['deal', 'lead', 'company', 'contact'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

export const searchInputSchema = z
  .object({
    query: z.string().max(200),
    /** Hits per kind (leads and deals share one search of deals). */
    limit: z.number().int().min(1).max(20).default(5),
  })
  .strict();

export const searchHitSchema = z.object({
  kind: z.enum(SEARCH_HIT_KINDS),
  id: idSchema,
  /** Deal title or company/contact name. */
  title: z.string(),
  /** The deal's or contact's company. */
  companyName: z.string().nullable(),
  inn: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Found by an exact INN, OGRN or phone: listed first. */
  exact: z.boolean(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchOutputSchema = z.object({ hits: z.array(searchHitSchema) });
export type SearchOutput = z.infer<typeof searchOutputSchema>;
