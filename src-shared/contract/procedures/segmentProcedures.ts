import { z } from 'zod';
import { mutation, query } from '../procedure';
import { idSchema } from '../schemas/common';
import {
  segmentCreateInputSchema,
  segmentSchema,
  segmentsListInputSchema,
  segmentUpdateInputSchema,
} from '../schemas/segments';

/**
 * Segments: named saved filters over companies and deals, shared by the team. The board, the deals
 * and companies tables take a `segmentId`; each segment's member counts are live.
 */
export const segmentProcedures = {
  /** Live segments by name, each with its members now (unless `withMembers: false`). */
  'segments.list': query(segmentsListInputSchema, z.array(segmentSchema)),

  'segments.create': mutation(segmentCreateInputSchema, segmentSchema, ['segments']),
  'segments.update': mutation(segmentUpdateInputSchema, segmentSchema, ['segments']),
  'segments.delete': mutation(z.object({ id: idSchema }).strict(), z.object({ id: idSchema }), ['segments']),
} as const;
