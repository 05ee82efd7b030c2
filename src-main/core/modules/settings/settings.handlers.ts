import type { HandlersOf } from '../../Handlers';
import { getSettings, setSettings } from './settings.service';

export const settingsHandlers: HandlersOf<'settings.get' | 'settings.set'> = {
  'settings.get': (_input, ctx) => getSettings(ctx.db),
  'settings.set': (input, ctx) => setSettings(ctx.db, input, ctx.clock.now()),
};
