import type { HandlersOf } from '../../Handlers';
import { createSegment, deleteSegment, listSegments, updateSegment } from './segments.service';

export const segmentHandlers: HandlersOf<'segments.list' | 'segments.create' | 'segments.update' | 'segments.delete'> =
  {
    'segments.list': (input, ctx) => listSegments(ctx, input.withMembers),
    'segments.create': (input, ctx) => createSegment(ctx, input),
    'segments.update': (input, ctx) => updateSegment(ctx, input.id, input.patch),
    'segments.delete': (input, ctx) => deleteSegment(ctx, input.id),
  };
