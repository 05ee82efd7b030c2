import type { HandlersOf } from '../../Handlers';
import { createPersona, deletePersona, listPersonas, updatePersona } from './personas.service';

export const personaHandlers: HandlersOf<'personas.list' | 'personas.create' | 'personas.update' | 'personas.delete'> =
  {
    'personas.list': (_input, ctx) => listPersonas(ctx),
    'personas.create': (input, ctx) => createPersona(ctx, input),
    'personas.update': (input, ctx) => updatePersona(ctx, input.id, input.patch),
    'personas.delete': (input, ctx) => deletePersona(ctx, input.id),
  };
