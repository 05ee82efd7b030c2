import type { HandlerContext } from '../../HandlerContext';
import type { HandlersOf } from '../../Handlers';
import { readSchemaVersion } from '../../db/migrateDatabase';
import { readSampleMarker } from '../../seed/sample/sampleMarker';
import { buildDiagnostics } from '../../diagnostics/buildDiagnostics';
import { advanceClock } from './advanceClock';

const sampleOf = (ctx: HandlerContext) => {
  const marker = readSampleMarker(ctx.db);
  return marker ? { language: marker.language } : null;
};

export const appHandlers: HandlersOf<'app.info' | 'app.diagnostics' | 'app.advanceClock'> = {
  'app.info': (_input, ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: readSchemaVersion(ctx.db),
    dbPath: ctx.db.path,
    deviceId: ctx.deviceId,
    platform: ctx.platform,
    sample: sampleOf(ctx),
  }),
  'app.diagnostics': (_input, ctx) => buildDiagnostics(ctx),
  'app.advanceClock': (input, ctx) => advanceClock(ctx, input.ms),
};
