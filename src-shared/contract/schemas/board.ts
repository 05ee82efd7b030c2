import { z } from 'zod';
import { activityTypeSchema } from './activities';
import { epochMsSchema, idSchema } from './common';
import { customRefNamesSchema, customValuesSchema } from './customFields';
import { dealKindSchema } from './deals';
import { pipelineSchema, stageSchema } from './pipelines';
import { SEARCH_TEXT_MAX_LENGTH } from '../searchLimits';

/** Filters shared by the board and its column pages, so a page continues the same view. */
export const boardFilterFields = {
  ownerId: idSchema.optional(),
  sourceId: idSchema.optional(),
  /** Case-insensitive (Cyrillic too) substring of the deal title or the company name. */
  search: z.string().trim().max(SEARCH_TEXT_MAX_LENGTH).optional(),
  /** Only the current user's deals (settings `user.currentId`); with no current user, none. */
  mine: z.boolean().default(false),
  /** Only deals of this segment (segments.list). */
  segmentId: idSchema.optional(),
};

export const boardInputSchema = z
  .object({
    pipelineId: idSchema,
    ...boardFilterFields,
    /** Cards sent per column; the rest come through `deals.boardColumn`. */
    limitPerStage: z.number().int().min(0).max(500).default(50),
  })
  .strict();
export type BoardInput = z.input<typeof boardInputSchema>;

export const boardCardSchema = z.object({
  id: idSchema,
  title: z.string(),
  companyId: idSchema.nullable(),
  companyName: z.string().nullable(),
  /** New business, or a customer's upsell, cross-sell or renewal (marked on the card). */
  kind: dealKindSchema,
  valueMinor: z.number().int(),
  currency: z.string(),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  expectedCloseOn: z.string().nullable(),
  stageEnteredAt: z.number(),
  /** Whole days since the deal entered its stage, as of the board's `asOf`. */
  daysInStage: z.number().int().nonnegative(),
  /** More days in stage than the stage's rot days. */
  rotting: z.boolean(),
  position: z.string(),
  /** The deal's earliest open task (overdue when due before `asOf`); null: none planned. */
  nextTask: z.object({ id: idSchema, type: activityTypeSchema, subject: z.string(), dueAt: z.number() }).nullable(),
  /** An open task is due at or after `asOf` (`hasNextStep`); false: the card says "no next step". */
  hasNextStep: z.boolean(),
  /**
   * The deal's first done outbound touch, even one before it entered the stage or was created (the
   * drawer's and the leads inbox's rule), which stops the stage's SLA clock (`pendingSla`); null:
   * none yet, or the stage sets no SLA.
   */
  firstTouchAt: z.number().nullable(),
  /** The current stage's required control points and how many are ticked. */
  openChecklist: z.object({ required: z.number().int().nonnegative(), done: z.number().int().nonnegative() }),
  /** The values of the pipeline's card fields (`pipeline.cardFieldIds`) the deal has, by field id. */
  customValues: customValuesSchema.optional(),
  /** Names of the users, companies and contacts those values point at. */
  customRefNames: customRefNamesSchema.optional(),
});
export type BoardCard = z.infer<typeof boardCardSchema>;

/**
 * A total of minor units. Exact below 2^53 (what the per-deal cap keeps realistic boards under);
 * past it, SQLite's exact 64-bit sum arrives as the nearest double (an error below one part in
 * 10^15 of the total, invisible in whole-unit figures) instead of failing the whole board.
 */
const moneyTotalSchema = z.number().nonnegative().refine(Number.isInteger);

/** Money of one currency: totals never add different currencies together. */
export const currencyTotalSchema = z.object({
  currency: z.string(),
  count: z.number().int().nonnegative(),
  sumMinor: moneyTotalSchema,
  weightedMinor: moneyTotalSchema,
});
export type CurrencyTotal = z.infer<typeof currencyTotalSchema>;

/**
 * Totals of a set of deals, one entry per currency (amounts are never added across currencies or
 * converted): the workspace currency first, then the others by how many deals on the whole board
 * are in them (most first), then by code, so every column and the toolbar list them in one order.
 * Empty when there are no deals.
 */
export const currencyTotalsSchema = z.array(currencyTotalSchema);

export const boardColumnSchema = z.object({
  stageId: idSchema,
  stage: stageSchema,
  /** Open deals in the column matching the filters (all currencies). */
  count: z.number().int().nonnegative(),
  /** Sum and probability-weighted sum per currency. */
  byCurrency: currencyTotalsSchema,
  /** The first cards in position order. */
  cards: z.array(boardCardSchema),
  /** More cards than sent: page with `deals.boardColumn` after the last card. */
  hasMore: z.boolean(),
});
export type BoardColumn = z.infer<typeof boardColumnSchema>;

export const boardSchema = z.object({
  pipeline: pipelineSchema,
  /** The time figures (days in stage, rotting) were computed at. */
  asOf: epochMsSchema,
  /** The workspace currency: listed first, and what an empty column shows its zero in. */
  currency: z.string(),
  columns: z.array(boardColumnSchema),
  /** The whole board: every column's totals added up per currency. */
  totals: z.object({ count: z.number().int().nonnegative(), byCurrency: currencyTotalsSchema }),
});
export type Board = z.infer<typeof boardSchema>;

export const boardColumnInputSchema = z
  .object({
    stageId: idSchema,
    ...boardFilterFields,
    /** Keyset cursor: the last card already shown (its position and id). */
    afterPosition: z.string().min(1).max(200).optional(),
    afterId: idSchema.optional(),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();

export const boardColumnPageSchema = z.object({
  stageId: idSchema,
  asOf: epochMsSchema,
  cards: z.array(boardCardSchema),
  hasMore: z.boolean(),
});
export type BoardColumnPage = z.infer<typeof boardColumnPageSchema>;
