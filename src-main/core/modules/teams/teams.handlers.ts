import type { HandlersOf } from '../../Handlers';
import { createTeam, deleteTeam, teamsList, updateTeam } from './teams.service';

export const teamHandlers: HandlersOf<'teams.list' | 'teams.create' | 'teams.update' | 'teams.delete'> = {
  'teams.list': (_input, ctx) => teamsList(ctx),
  'teams.create': (input, ctx) => createTeam(ctx, input),
  'teams.update': (input, ctx) => updateTeam(ctx, input.id, input.patch),
  'teams.delete': (input, ctx) => deleteTeam(ctx, input.id),
};
