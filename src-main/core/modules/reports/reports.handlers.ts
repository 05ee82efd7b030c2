import type { HandlersOf } from '../../Handlers';
import { previewReport } from './previewReport';
import { renderReportFile } from './renderReportFile';

export const reportsHandlers: HandlersOf<'reports.render' | 'reports.preview'> = {
  'reports.render': (input, ctx) => renderReportFile(ctx.db, input, ctx.clock.now()),
  'reports.preview': (input, ctx) => previewReport(ctx.db, input, ctx.clock.now()),
};
