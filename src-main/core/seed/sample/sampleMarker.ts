import { existsSync } from 'node:fs';
import type { Language } from '@shared/contract/schemas/common';
import type { Db } from '../../db/Db';
import { openDatabase } from '../../db/openDatabase';

/** The `meta` row that makes a file a sample workspace (meta is this file's own: never synced). */
export const SAMPLE_MARKER_KEY = 'sample.workspace';

export type SampleMarker = { language: Language; createdAt: number; deals: number };

const parseMarker = (value: string | undefined): SampleMarker | null => {
  if (value === undefined) return null;
  try {
    const parsed = JSON.parse(value) as Partial<SampleMarker>;
    return parsed.language === 'ru' || parsed.language === 'en'
      ? { language: parsed.language, createdAt: Number(parsed.createdAt), deals: Number(parsed.deals) }
      : null;
  } catch {
    return null;
  }
};

/** The sample marker of an open workspace, or null for a real one. */
export const readSampleMarker = (db: Db): SampleMarker | null =>
  parseMarker(
    (db.sqlite.prepare('SELECT value FROM meta WHERE key = ?').get(SAMPLE_MARKER_KEY) as { value: string } | undefined)
      ?.value,
  );

export const writeSampleMarker = (db: Db, marker: SampleMarker): void => {
  db.sqlite
    .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(SAMPLE_MARKER_KEY, JSON.stringify(marker));
};

/**
 * The marker of a file on disk, read-only (no migration, no WAL switch): null when the file is
 * missing, not a Voronka database, or a real workspace. Hosts use it before they reuse or replace
 * a file, so they never open, overwrite or delete a workspace they did not make as a sample.
 */
export const readSampleMarkerOfFile = (path: string, nativeBinding?: string): SampleMarker | null => {
  if (!existsSync(path)) return null;
  let db: Db | null = null;
  try {
    db = openDatabase(path, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return readSampleMarker(db);
  } catch {
    return null;
  } finally {
    db?.sqlite.close();
  }
};
