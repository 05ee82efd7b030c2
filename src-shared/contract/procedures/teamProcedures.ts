import { z } from 'zod';
import { mutation, query } from '../procedure';
import { emptyInputSchema, idSchema } from '../schemas/common';
import { teamCreateInputSchema, teamSchema, teamUpdateInputSchema } from '../schemas/teams';

/** Teams of users: the KPI filter, the automation `team` condition and round-robin in a team read them. */
export const teamProcedures = {
  /** Live teams by name, each with how many users are in it. */
  'teams.list': query(emptyInputSchema, z.array(teamSchema)),
  'teams.create': mutation(teamCreateInputSchema, teamSchema, ['teams']),
  'teams.update': mutation(teamUpdateInputSchema, teamSchema, ['teams']),
  /** Its users stay, in no team (one change per user, in the same write). */
  'teams.delete': mutation(z.object({ id: idSchema }).strict(), z.object({ id: idSchema }), ['teams', 'users']),
} as const;
