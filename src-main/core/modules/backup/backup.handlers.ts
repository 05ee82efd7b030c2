import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlersOf } from '../../Handlers';
import { backupDatabase } from '../../backup/backupDatabase';
import { backupFailure } from '../../backup/BackupFailure';
import { backupsDirFor } from '../../backup/backupsDirFor';
import { listBackups } from '../../backup/listBackups';
import { pruneBackups } from '../../backup/pruneBackups';
import { restoreDatabase } from '../../backup/restoreDatabase';
import { getSettings } from '../settings/settings.service';

/** A name from the renderer is only a key into the folder's own listing, never a path. */
const knownBackup = (dir: string, name: string) => {
  const entry = listBackups(dir).find((backup) => backup.name === name);
  if (!entry) throw backupFailure('not_found', 'No such backup');
  return entry;
};

export const backupHandlers: HandlersOf<'backup.list' | 'backup.create' | 'backup.download' | 'backup.restore'> = {
  'backup.list': (_input, ctx) => {
    const backups = listBackups(backupsDirFor(ctx.db.path));
    const settings = getSettings(ctx.db);
    return {
      backups,
      lastBackupAt: backups.find((entry) => entry.kind !== 'before_restore')?.createdAt ?? null,
      auto: settings['backup.auto'],
      keep: settings['backup.keep'],
    };
  },
  'backup.create': async (input, ctx) => {
    const dir = backupsDirFor(ctx.db.path);
    const entry = await backupDatabase(ctx.db, dir, input.kind, ctx.clock.now());
    if (input.kind === 'auto') pruneBackups(dir, getSettings(ctx.db)['backup.keep']);
    return entry;
  },
  'backup.download': (input, ctx) => {
    const dir = backupsDirFor(ctx.db.path);
    const entry = knownBackup(dir, input.name);
    const bytes = readFileSync(join(dir, entry.name));
    return {
      fileName: entry.name,
      mimeType: 'application/vnd.sqlite3',
      base64: bytes.toString('base64'),
      bytes: bytes.byteLength,
    };
  },
  'backup.restore': async (input, ctx) => {
    const dir = backupsDirFor(ctx.db.path);
    const { source } = input;
    const restored =
      source.kind === 'backup'
        ? await restoreDatabase(
            ctx.db,
            { kind: 'file', path: join(dir, knownBackup(dir, source.name).name) },
            dir,
            ctx.clock.now(),
          )
        : await restoreDatabase(
            ctx.db,
            { kind: 'bytes', bytes: Buffer.from(source.base64, 'base64') },
            dir,
            ctx.clock.now(),
          );
    ctx.reloadIdentity();
    return {
      restoredFrom: source.kind === 'backup' ? source.name : source.fileName,
      previous: restored.previous,
      schemaVersion: restored.schemaVersion,
    };
  },
};
