import { z } from 'zod';
import { DEAL_MUTATION_TABLES } from '../dealMutationTables';
import { mutation, query } from '../procedure';
import { idSchema } from '../schemas/common';
import {
  dealCreateInputSchema,
  dealDeleteOutputSchema,
  dealIdInputSchema,
  dealLoseInputSchema,
  dealMoveInputSchema,
  dealSchema,
  dealsListInputSchema,
  dealGroupsInputSchema,
  dealGroupsOutputSchema,
  dealsListOutputSchema,
  dealUpdateInputSchema,
} from '../schemas/deals';

const moves = DEAL_MUTATION_TABLES.move;

export const dealProcedures = {
  /**
   * With `newCompany`/`newContact`, those are created in the same transaction (their tables are
   * then reported as changed too, from what the write touched).
   */
  'deals.create': mutation(dealCreateInputSchema, dealSchema, ['deals', 'stage_transitions', 'deal_checks']),
  'deals.get': query(z.object({ id: idSchema }).strict(), dealSchema),
  'deals.update': mutation(dealUpdateInputSchema, dealSchema, ['deals']),
  'deals.list': query(dealsListInputSchema, dealsListOutputSchema),
  /** A grouped deals table's group rows: count and value per currency of each group's matching deals. */
  'deals.groups': query(dealGroupsInputSchema, dealGroupsOutputSchema),
  /**
   * Drag and drop: a new position in the target column and, across columns, a stage transition.
   * Forward moves (and moves from another pipeline) need the required control points of every
   * stage before the target (GATE_BLOCKED with the missing items otherwise). Only open deals move.
   */
  'deals.move': mutation(dealMoveInputSchema, dealSchema, moves),
  /** Won now; needs the required items up to the purchase step (GATE_BLOCKED otherwise). */
  'deals.win': mutation(dealIdInputSchema, dealSchema, moves),
  /** Lost with a loss reason (LOSS_REASON_REQUIRED without one); never gated. */
  'deals.lose': mutation(dealLoseInputSchema, dealSchema, moves),
  /** Back to open in its stage; clears won/lost time, loss reason and note. */
  'deals.reopen': mutation(dealIdInputSchema, dealSchema, moves),
  /** Tombstone: the deal leaves lists, board and get; `deals.restore` undoes it. */
  'deals.delete': mutation(dealIdInputSchema, dealDeleteOutputSchema, ['deals']),
  'deals.restore': mutation(dealIdInputSchema, dealSchema, ['deals']),
} as const;
