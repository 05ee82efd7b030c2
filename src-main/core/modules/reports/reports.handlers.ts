import type { HandlersOf } from '../../Handlers';
import { renderReportFile } from './renderReportFile';

export const reportsHandlers: HandlersOf<'reports.render'> = {
  'reports.render': (input, ctx) => renderReportFile(ctx.db, input, ctx.clock.now()),
};
