import type { HandlersOf } from '../../Handlers';
import { renderTableExport } from '../../export/renderTableExport';

export const exportsHandlers: HandlersOf<'exports.table'> = {
  'exports.table': (input, ctx) => renderTableExport(ctx, input),
};
