import type { HandlersOf } from '../../Handlers';
import {
  createSavedView,
  deleteSavedView,
  listSavedViews,
  setDefaultView,
  updateSavedView,
} from './savedViews.service';

export const savedViewsHandlers: HandlersOf<
  'views.list' | 'views.create' | 'views.update' | 'views.delete' | 'views.setDefault'
> = {
  'views.list': (input, ctx) => listSavedViews(ctx, input.list),
  'views.create': (input, ctx) => createSavedView(ctx, input),
  'views.update': (input, ctx) => updateSavedView(ctx, input),
  'views.delete': (input, ctx) => deleteSavedView(ctx, input.id),
  'views.setDefault': (input, ctx) => setDefaultView(ctx, input),
};
