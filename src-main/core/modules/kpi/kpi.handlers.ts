import type { HandlersOf } from '../../Handlers';
import { kpiDrill, kpiReport } from './kpi.service';

export const kpiHandlers: HandlersOf<'kpi.report' | 'kpi.drillDown'> = {
  'kpi.report': (input, ctx) => kpiReport(ctx.db, input, ctx.clock.now()),
  'kpi.drillDown': (input, ctx) => kpiDrill(ctx.db, input, ctx.clock.now()),
};
