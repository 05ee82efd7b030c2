import type { HandlersOf } from '../../Handlers';
import { getSyncFolder, runSyncFolderNow, setSyncFolder, tickSyncFolder } from './syncFolder.service';

type SyncFolderMethods = 'syncFolder.get' | 'syncFolder.set' | 'syncFolder.runNow' | 'syncFolder.tick';

export const syncFolderHandlers: HandlersOf<SyncFolderMethods> = {
  'syncFolder.get': (_input, ctx) => getSyncFolder(ctx),
  'syncFolder.set': (input, ctx) => setSyncFolder(ctx, input),
  'syncFolder.runNow': (_input, ctx) => runSyncFolderNow(ctx),
  'syncFolder.tick': (input, ctx) => tickSyncFolder(ctx, input.trigger),
};
