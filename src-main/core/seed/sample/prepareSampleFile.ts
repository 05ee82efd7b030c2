import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Language } from '@shared/contract/schemas/common';
import { createBackend } from '../../createBackend';
import { DomainError } from '../../DomainError';
import type { Platform } from '../../HandlerContext';
import { readSampleMarkerOfFile } from './sampleMarker';
import { seedSampleWorkspace } from './seedSampleWorkspace';

export type PrepareSampleOptions = {
  language: Language;
  /** Replace an existing sample with a new one (its edits are lost). */
  fresh: boolean;
  platform: Platform;
  nativeBinding?: string;
  now: number;
};

const removeDatabaseFiles = (path: string): void => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
};

/**
 * Makes sure `path` holds a sample workspace: reuses one that exists (or, `fresh`, replaces it),
 * otherwise generates it. It is generated under a temporary name and renamed into place once
 * closed, so a crash half-way never leaves a half-filled "sample" to be reused. A file at `path`
 * without the sample marker is refused, never replaced: only what this function made is deleted.
 * Runs in the worker thread that then opens the sample, so the window stays responsive meanwhile.
 */
export const prepareSampleFile = (path: string, options: PrepareSampleOptions): void => {
  const nativeBinding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  if (existsSync(path)) {
    if (readSampleMarkerOfFile(path, options.nativeBinding) === null) {
      throw new DomainError('CONFLICT', `${path} is not a sample workspace; it was left as it is`, { path });
    }
    if (!options.fresh) return;
    removeDatabaseFiles(path);
  }
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  removeDatabaseFiles(partial);
  const backend = createBackend({ dbPath: partial, platform: options.platform, ...nativeBinding });
  try {
    seedSampleWorkspace(backend.db, options.language, options.now);
  } catch (error) {
    backend.close();
    removeDatabaseFiles(partial);
    throw error;
  }
  // Everything into the main file first: the (now empty) WAL and its index are not renamed along.
  backend.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  backend.close();
  rmSync(`${partial}-wal`, { force: true });
  rmSync(`${partial}-shm`, { force: true });
  renameSync(partial, path);
};
