import { z } from 'zod';
import { mutation, query } from '../procedure';
import {
  leadSourceSchema,
  lossReasonReorderInputSchema,
  lossReasonSchema,
  referenceCreateInputSchema,
  referenceIdInputSchema,
  referenceListInputSchema,
  referenceRenameInputSchema,
} from '../schemas/reference';

/** Loss reasons (asked for when a deal is lost) and lead sources: editable, archivable lists. */
export const referenceProcedures = {
  'lossReasons.list': query(referenceListInputSchema, z.array(lossReasonSchema)),
  'lossReasons.create': mutation(referenceCreateInputSchema, lossReasonSchema, ['loss_reasons']),
  'lossReasons.rename': mutation(referenceRenameInputSchema, lossReasonSchema, ['loss_reasons']),
  /** Archived reasons are no longer offered; lost deals keep theirs. */
  'lossReasons.archive': mutation(referenceIdInputSchema, lossReasonSchema, ['loss_reasons']),
  'lossReasons.unarchive': mutation(referenceIdInputSchema, lossReasonSchema, ['loss_reasons']),
  'lossReasons.reorder': mutation(lossReasonReorderInputSchema, z.array(lossReasonSchema), ['loss_reasons']),
  'leadSources.list': query(referenceListInputSchema, z.array(leadSourceSchema)),
  'leadSources.create': mutation(referenceCreateInputSchema, leadSourceSchema, ['lead_sources']),
  'leadSources.rename': mutation(referenceRenameInputSchema, leadSourceSchema, ['lead_sources']),
  'leadSources.archive': mutation(referenceIdInputSchema, leadSourceSchema, ['lead_sources']),
  'leadSources.unarchive': mutation(referenceIdInputSchema, leadSourceSchema, ['lead_sources']),
} as const;
