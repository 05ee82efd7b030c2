import type { Handlers } from './Handlers';
import { appHandlers } from './modules/app/app.handlers';
import { dealsHandlers } from './modules/deals/deals.handlers';
import { pipelinesHandlers } from './modules/pipelines/pipelines.handlers';
import { settingsHandlers } from './modules/settings/settings.handlers';

export const allHandlers: Handlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...pipelinesHandlers,
  ...dealsHandlers,
};
