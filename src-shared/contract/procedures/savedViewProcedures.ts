import { z } from 'zod';
import { mutation, query } from '../procedure';
import { idInputSchema } from '../schemas/pipelines';
import {
  savedViewCreateInputSchema,
  savedViewDefaultInputSchema,
  savedViewSchema,
  savedViewsListInputSchema,
  savedViewUpdateInputSchema,
} from '../schemas/savedViews';

const VIEW_TABLES = ['saved_views', 'saved_view_defaults'] as const;

export const savedViewProcedures = {
  /** A list's views the current user sees (their own and the team's shared ones), by name. */
  'views.list': query(savedViewsListInputSchema, z.array(savedViewSchema)),
  /** Saves the list's current state under a name (unique among the user's views of that list). */
  'views.create': mutation(savedViewCreateInputSchema, savedViewSchema, VIEW_TABLES),
  /** Renames, shares or overwrites one's own view. */
  'views.update': mutation(savedViewUpdateInputSchema, savedViewSchema, VIEW_TABLES),
  'views.delete': mutation(idInputSchema, z.object({}), VIEW_TABLES),
  /** The view the list opens with for the current user (null: the plain list). */
  'views.setDefault': mutation(savedViewDefaultInputSchema, z.object({}), VIEW_TABLES),
} as const;
