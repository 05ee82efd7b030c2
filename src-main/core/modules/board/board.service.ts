import type {
  Board,
  BoardCard,
  BoardColumn,
  BoardColumnPage,
  boardColumnInputSchema,
  boardInputSchema,
  CurrencyTotal,
} from '@shared/contract/schemas/board';
import type { Stage } from '@shared/contract/schemas/pipelines';
import { addCurrencyTotals } from '@shared/domain/addCurrencyTotals';
import { daysInStage, isRotting, weightedMinor } from '@shared/domain/boardFigures';
import { hasNextStep } from '@shared/domain/activities/hasNextStep';
import { currencyOrder } from '@shared/domain/currencyOrder';
import { inCurrencyOrder } from '@shared/domain/inCurrencyOrder';
import type { z } from 'zod';
import type { HandlerContext } from '../../HandlerContext';
import { customValuesOf } from '../customFields/customFields.repo';
import { customRefNamesOf } from '../customFields/customRefNamesOf';
import { notFound } from '../pipelines/notFound';
import { findPipeline, findStage, listStages } from '../pipelines/pipelines.repo';
import { getSettings } from '../settings/settings.service';
import {
  type BoardFilter,
  type CardRow,
  type HeaderRow,
  boardCardRows,
  boardCardRowsByIds,
  boardDealKeys,
  boardHeaderRows,
  requiredCountsByStage,
} from './board.repo';
import { boardInOnePass } from './boardInOnePass';

type BoardQuery = z.output<typeof boardInputSchema>;
type ColumnQuery = z.output<typeof boardColumnInputSchema>;
type FilterInput = Pick<BoardQuery, 'ownerId' | 'sourceId' | 'search' | 'mine' | 'segmentId'>;

/** `mine` becomes an owner filter; null when nothing can match (no current user, or two owners). */
const resolveFilter = (ctx: HandlerContext, input: FilterInput): BoardFilter | null => {
  let ownerId = input.ownerId;
  if (input.mine) {
    const me = ctx.actorId();
    if (me === null || (ownerId !== undefined && ownerId !== me)) return null;
    ownerId = me;
  }
  return { ownerId, sourceId: input.sourceId, search: input.search || undefined, segmentId: input.segmentId };
};

const toCard = (row: CardRow, stage: Stage, required: number, now: number): BoardCard => {
  const days = daysInStage(row.stage_entered_at, now);
  return {
    id: row.id,
    title: row.title,
    companyId: row.company_id,
    companyName: row.company_name,
    valueMinor: row.value_minor,
    currency: row.currency,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    expectedCloseOn: row.expected_close_on,
    kind: row.kind,
    stageEnteredAt: row.stage_entered_at,
    daysInStage: days,
    rotting: isRotting(days, stage.rotDays),
    position: row.position,
    nextTask:
      row.next_task_id === null
        ? null
        : {
            id: row.next_task_id,
            type: row.next_task_type ?? 'task',
            subject: row.next_task_subject ?? '',
            dueAt: row.next_task_due_at ?? 0,
          },
    hasNextStep: hasNextStep(row.last_task_due_at, now),
    firstTouchAt: row.first_touch_at,
    openChecklist: { required, done: Math.min(row.checks_done, required) },
  };
};

/**
 * The chosen card fields' values of every card shown, in one query for the whole board (and one
 * per referenced table for names), never one per card; nothing at all when the pipeline shows none.
 */
const withCardFields = (ctx: HandlerContext, cardFieldIds: readonly string[], cards: BoardCard[]): BoardCard[] => {
  if (cardFieldIds.length === 0 || cards.length === 0) return cards;
  const values = customValuesOf(
    ctx.db,
    cards.map((card) => card.id),
    cardFieldIds,
  );
  const names = customRefNamesOf(ctx.db, values);
  return cards.map((card) => ({
    ...card,
    customValues: values.get(card.id) ?? {},
    customRefNames: names.get(card.id) ?? {},
  }));
};

/** A column's header rows (one per currency, grouped in SQL) as totals, weighted at the stage's probability. */
const columnTotals = (rows: readonly HeaderRow[], probability: number): CurrencyTotal[] =>
  rows.map((row) => ({
    currency: row.currency,
    count: row.n,
    sumMinor: row.sum,
    weightedMinor: weightedMinor(row.sum, probability),
  }));

const countOf = (totals: readonly CurrencyTotal[]): number => totals.reduce((sum, total) => sum + total.count, 0);

/**
 * The whole board in one call: one grouped query (per stage and currency) for every header, then
 * one LIMIT query per column for its first cards (each served by the deals_board index), so the
 * cost does not grow with the number of open deals. A segment board reads the segment's open
 * deals once instead and takes both from that pass (`boardInOnePass`), then the cards by id. Money is totalled per currency, never added
 * across currencies: a workspace that switched from roubles to dollars shows both.
 */
export const dealsBoard = (ctx: HandlerContext, input: BoardQuery): Board => {
  const pipeline = findPipeline(ctx.db, input.pipelineId);
  if (!pipeline) throw notFound('pipeline', input.pipelineId);
  const now = ctx.clock.now();
  const currency = getSettings(ctx.db)['workspace.currency'];
  const stages = listStages(ctx.db, pipeline.id, false);
  const stageIds = stages.map((stage) => stage.id);
  const filter = resolveFilter(ctx, input);
  // A segment is read once for the whole board: walking each column in card order and testing
  // every deal against the segment costs a column's open deals each (issue 7: 247 ms at 100k).
  const pass =
    filter?.segmentId !== undefined && input.limitPerStage > 0
      ? boardInOnePass(boardDealKeys(ctx.db, stageIds, filter), input.limitPerStage)
      : null;
  const headerRows = pass ? pass.headerRows : filter ? boardHeaderRows(ctx.db, stageIds, filter) : [];
  const required = requiredCountsByStage(ctx.db, stageIds);
  const perStage = stages.map((stage) =>
    columnTotals(
      headerRows.filter((row) => row.stage_id === stage.id),
      stage.probability,
    ),
  );
  const boardTotals = addCurrencyTotals(perStage);
  const order = currencyOrder(boardTotals, currency);

  const columns = stages.map((stage, index): BoardColumn => {
    const byCurrency = inCurrencyOrder(perStage[index] ?? [], order);
    const count = countOf(byCurrency);
    const rows = pass
      ? boardCardRowsByIds(ctx.db, stage, pass.firstIds.get(stage.id) ?? [])
      : filter && count > 0 && input.limitPerStage > 0
        ? boardCardRows(ctx.db, stage, filter, {}, input.limitPerStage)
        : [];
    const cards = rows.map((row) => toCard(row, stage, required.get(stage.id) ?? 0, now));
    return { stageId: stage.id, stage, count, byCurrency, cards, hasMore: count > cards.length };
  });
  const allCards = withCardFields(
    ctx,
    pipeline.cardFieldIds,
    columns.flatMap((column) => column.cards),
  );
  let next = 0;
  for (const column of columns) {
    column.cards = allCards.slice(next, next + column.cards.length);
    next += column.cards.length;
  }
  return {
    pipeline,
    asOf: now,
    currency,
    columns,
    totals: { count: countOf(boardTotals), byCurrency: inCurrencyOrder(boardTotals, order) },
  };
};

/** The next cards of one column after a card the client already shows (keyset paging). */
export const boardColumnPage = (ctx: HandlerContext, input: ColumnQuery): BoardColumnPage => {
  const stage = findStage(ctx.db, input.stageId);
  if (!stage) throw notFound('stage', input.stageId);
  const now = ctx.clock.now();
  const filter = resolveFilter(ctx, input);
  if (!filter) return { stageId: stage.id, asOf: now, cards: [], hasMore: false };
  const required = requiredCountsByStage(ctx.db, [stage.id]).get(stage.id) ?? 0;
  const cursor = { afterPosition: input.afterPosition, afterId: input.afterId };
  const rows = boardCardRows(ctx.db, stage, filter, cursor, input.limit + 1);
  const cardFieldIds = findPipeline(ctx.db, stage.pipelineId)?.cardFieldIds ?? [];
  const cards = withCardFields(
    ctx,
    cardFieldIds,
    rows.slice(0, input.limit).map((row) => toCard(row, stage, required, now)),
  );
  return { stageId: stage.id, asOf: now, cards, hasMore: rows.length > input.limit };
};
