import type { HandlersOf } from '../../Handlers';
import { readSchemaVersion } from '../../db/migrateDatabase';
import { buildDiagnostics } from '../../diagnostics/buildDiagnostics';
import { advanceClock } from './advanceClock';

export const appHandlers: HandlersOf<'app.info' | 'app.diagnostics' | 'app.advanceClock'> = {
  'app.info': (_input, ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: readSchemaVersion(ctx.db),
    dbPath: ctx.db.path,
    deviceId: ctx.deviceId,
    platform: ctx.platform,
  }),
  'app.diagnostics': (_input, ctx) => buildDiagnostics(ctx),
  'app.advanceClock': (input, ctx) => advanceClock(ctx, input.ms),
};
