import { importMappingSchema, type ImportMappingInput, type ImportSummary } from '@shared/contract/schemas/imports';
import { join } from 'node:path';
import type { Backend } from '../../../src-main/core/createBackend';
import { runImport, type ImportRequest } from '../../../src-main/core/modules/imports/runImport';
import { undoImport } from '../../../src-main/core/modules/imports/undoImport';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'import');

/** Imports a fixture file (by name), a path or bytes into the backend through a mapping. */
export const importFile = (
  backend: Backend,
  file: string | Uint8Array,
  mapping: ImportMappingInput,
  options: Partial<Pick<ImportRequest, 'dryRun' | 'cancelled'>> = {},
): Promise<ImportSummary> =>
  backend.runLocal((ctx) =>
    runImport(ctx, {
      source: typeof file === 'string' ? { path: file.includes('/') ? file : join(FIXTURES, file) } : { bytes: file },
      fileName: typeof file === 'string' ? file : 'upload.csv',
      mapping: importMappingSchema.parse(mapping),
      dryRun: options.dryRun ?? false,
      ...(options.cancelled ? { cancelled: options.cancelled } : {}),
    }),
  );

export const undo = (backend: Backend, importId: string) => backend.runLocal(async (ctx) => undoImport(ctx, importId));

/** Live rows of a table, for counts before and after. */
export const live = (backend: Backend, table: string): number =>
  (backend.db.sqlite.prepare(`SELECT count(*) AS n FROM "${table}" WHERE deleted_at IS NULL`).get() as { n: number }).n;

export const changeLogSize = (backend: Backend): number =>
  (backend.db.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
