import { z } from 'zod';
import { fieldIssue } from './fields';
import { idSchema } from './common';

/** The tables and screens that have saved views (the board's is its filters). */
export const SAVED_VIEW_LISTS = ['deals', 'companies', 'contacts', 'activities', 'leads', 'board'] as const;
export const savedViewListSchema = z.enum(SAVED_VIEW_LISTS);
export type SavedViewList = z.infer<typeof savedViewListSchema>;

const viewNameSchema = z
  .string()
  .trim()
  .max(80)
  .superRefine((name, ctx) => {
    if (name.length === 0) ctx.addIssue(fieldIssue('name_required', 'Enter a name'));
  });

/** What a view holds: the list's URL query, hidden columns and widths (as the table keeps them). */
const viewStateShape = {
  /** The list's own URL params (`q=…&sort=-value&status=open`), without `#` or `?`. */
  params: z.string().max(4000),
  hiddenColumns: z.array(z.string().max(200)).max(200),
  columnSizes: z.record(z.string().max(200), z.number().int().min(20).max(2000)),
};

export const savedViewSchema = z.object({
  id: idSchema,
  list: savedViewListSchema,
  name: z.string(),
  ...viewStateShape,
  shared: z.boolean(),
  ownerId: idSchema.nullable(),
  /** Saved by the current user (or by nobody, before anyone chose who they are): theirs to change. */
  mine: z.boolean(),
  /** The current user's default view of this list. */
  isDefault: z.boolean(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const savedViewsListInputSchema = z.object({ list: savedViewListSchema }).strict();

export const savedViewCreateInputSchema = z
  .object({
    list: savedViewListSchema,
    name: viewNameSchema,
    ...viewStateShape,
    shared: z.boolean().default(false),
    makeDefault: z.boolean().default(false),
  })
  .strict();

export const savedViewUpdateInputSchema = z
  .object({
    id: idSchema,
    patch: z
      .object({ name: viewNameSchema, shared: z.boolean(), ...viewStateShape })
      .partial()
      .strict(),
  })
  .strict();

export const savedViewDefaultInputSchema = z
  .object({ list: savedViewListSchema, viewId: idSchema.nullable() })
  .strict();
