import type { HandlersOf } from '../../Handlers';
import { DomainError } from '../../DomainError';
import { BundleError } from '../../sync/bundle/bundleCodec';
import { exportSyncBundle } from '../../sync/bundle/exportSyncBundle';
import { importSyncBundle } from '../../sync/bundle/importSyncBundle';
import { acceptAllConflicts, acceptConflict, keepMine, listConflicts } from './syncConflicts';
import { countOpenConflicts } from './countOpenConflicts';
import { syncStatus } from './syncStatus';
import { bundleFileName } from './bundleFileName';
import { getSettings } from '../settings/settings.service';

/** A refused bundle reaches the UI as BAD_INPUT with the reason it translates (`syncProblems.<reason>`). */
const refusing = async <T>(work: () => Promise<T> | T): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BundleError) throw new DomainError('BAD_INPUT', error.message, { reason: error.reason });
    throw error;
  }
};

export const syncHandlers: HandlersOf<
  | 'sync.status'
  | 'sync.openConflictCount'
  | 'sync.conflicts'
  | 'sync.keepMine'
  | 'sync.acceptConflict'
  | 'sync.acceptAllConflicts'
  | 'sync.exportBundle'
  | 'sync.importBundle'
  | 'sync.cancelImport'
> = {
  'sync.status': (_input, ctx) => syncStatus(ctx.db, ctx.deviceId),
  'sync.openConflictCount': (_input, ctx) => ({ open: countOpenConflicts(ctx.db) }),
  'sync.conflicts': (input, ctx) => listConflicts(ctx.db, input.offset, input.limit),
  'sync.keepMine': (input, ctx) => keepMine(ctx, input.id),
  'sync.acceptConflict': (input, ctx) =>
    ctx.write((writer, now) => {
      writer.markTouched('sync_conflicts');
      return acceptConflict(ctx.db, input.id, now);
    }),
  'sync.acceptAllConflicts': (_input, ctx) =>
    ctx.write((writer, now) => {
      writer.markTouched('sync_conflicts');
      return acceptAllConflicts(ctx.db, now);
    }),
  'sync.exportBundle': (input, ctx) =>
    refusing(() =>
      ctx.write((writer, now) => {
        const scope =
          input.scope.kind === 'all' ? input.scope : { kind: 'peer' as const, deviceId: input.scope.deviceId };
        const { bytes, messageCount } = exportSyncBundle(ctx.db, scope, now, input.passphrase);
        writer.markTouched('sync_peers');
        return {
          fileName: bundleFileName(ctx.deviceId, now, getSettings(ctx.db)['workspace.timeZone']),
          mimeType: 'application/octet-stream',
          base64: bytes.toString('base64'),
          bytes: bytes.byteLength,
          messageCount,
        };
      }),
    ),
  'sync.importBundle': (input, ctx) =>
    refusing(() =>
      ctx.longWrite.run(async (cancelled) => {
        ctx.emit({ type: 'sync.progress', phase: 'started', done: 0, total: null });
        try {
          const { header, report } = await importSyncBundle(ctx, Buffer.from(input.base64, 'base64'), {
            ...(input.passphrase === undefined ? {} : { passphrase: input.passphrase }),
            cancelled,
            onProgress: (done, total) => ctx.emit({ type: 'sync.progress', phase: 'running', done, total }),
          });
          ctx.emit({ type: 'sync.progress', phase: 'done', done: report.received, total: report.received });
          return {
            deviceId: header.device,
            actorName: header.actorName,
            applied: report.applied,
            duplicates: report.duplicates,
            parked: report.parked,
            pending: report.pending,
            flagged: report.flagged,
            conflicts: report.conflicts,
            clocksAhead: report.clocksAhead,
          };
        } catch (error) {
          ctx.emit({ type: 'sync.progress', phase: 'failed', done: 0, total: null });
          throw error;
        }
      }),
    ),
  'sync.cancelImport': (_input, ctx) => ({ cancelled: ctx.longWrite.cancel() }),
};
