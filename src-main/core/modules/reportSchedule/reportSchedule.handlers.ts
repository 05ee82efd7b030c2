import type { HandlersOf } from '../../Handlers';
import { getReportSchedule, runReportNow, setReportSchedule, tickReportSchedule } from './reportSchedule.service';

type ReportScheduleMethods =
  'reportSchedule.get' | 'reportSchedule.set' | 'reportSchedule.runNow' | 'reportSchedule.tick';

export const reportScheduleHandlers: HandlersOf<ReportScheduleMethods> = {
  'reportSchedule.get': (_input, ctx) => getReportSchedule(ctx),
  'reportSchedule.set': (input, ctx) => setReportSchedule(ctx, input),
  'reportSchedule.runNow': (_input, ctx) => runReportNow(ctx),
  'reportSchedule.tick': (_input, ctx) => tickReportSchedule(ctx),
};
