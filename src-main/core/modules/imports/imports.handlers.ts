import type { HandlersOf } from '../../Handlers';
import { deleteImportPreset, listImportPresets, saveImportPreset } from './importPresets';
import { listImports } from './listImports';
import { undoImport } from './undoImport';
import { suggestCustomColumns } from './suggestCustomColumns';

const bytesOf = (base64: string) => ({ bytes: Buffer.from(base64, 'base64') });

/** The parser and ExcelJS load with the first import, not with every backend start. */
export const importsHandlers: HandlersOf<
  | 'imports.preview'
  | 'imports.run'
  | 'imports.cancel'
  | 'imports.list'
  | 'imports.undo'
  | 'imports.presets'
  | 'imports.savePreset'
  | 'imports.deletePreset'
> = {
  'imports.preview': async (input, ctx) => {
    const { previewImport } = await import('./previewImport');
    const preview = await previewImport(bytesOf(input.base64), input.entity);
    const custom = suggestCustomColumns(ctx.db, input.entity, preview.headers, preview.suggestions);
    return { ...preview, suggestions: { ...preview.suggestions, ...custom } };
  },
  'imports.run': async (input, ctx) => {
    const { runImport } = await import('./runImport');
    return ctx.longWrite.run((cancelled) =>
      runImport(ctx, {
        source: bytesOf(input.base64),
        fileName: input.fileName,
        mapping: input.mapping,
        dryRun: input.dryRun,
        newLeads: input.newLeads,
        cancelled,
        onProgress: (progress) => ctx.emit({ type: 'import.progress', ...progress }),
      }),
    );
  },
  'imports.cancel': (_input, ctx) => ({ cancelled: ctx.longWrite.cancel() }),
  'imports.list': (_input, ctx) => listImports(ctx.db),
  'imports.undo': (input, ctx) => undoImport(ctx, input.id),
  'imports.presets': (input, ctx) => listImportPresets(ctx.db, input.entity),
  'imports.savePreset': (input, ctx) => saveImportPreset(ctx.db, input.name, input.mapping, ctx.clock.now()),
  'imports.deletePreset': (input, ctx) => deleteImportPreset(ctx.db, input.name),
};
