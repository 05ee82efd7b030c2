import type { HandlersOf } from '../../Handlers';
import { readSchemaVersion } from '../../db/migrateDatabase';

export const appHandlers: HandlersOf<'app.info'> = {
  'app.info': (_input, ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: readSchemaVersion(ctx.db),
    dbPath: ctx.db.path,
    deviceId: ctx.deviceId,
    platform: ctx.platform,
  }),
};
