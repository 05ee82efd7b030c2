import { DomainError } from '../../DomainError';

/** Why a file cannot be imported at all; `reason` is the key the UI and CLI translate by. */
export type ImportFileReason =
  | 'binary_file'
  | 'empty_file'
  | 'unterminated_quote'
  | 'cell_too_large'
  | 'malformed_csv'
  | 'file_too_large'
  | 'zip_bomb'
  | 'not_xlsx'
  | 'no_header'
  | 'column_missing'
  | 'too_many_rows';

/** A file the import refuses before anything is written (BAD_INPUT with a reason and its values). */
export const importFileError = (reason: ImportFileReason, message: string, params: Record<string, unknown> = {}) =>
  new DomainError('BAD_INPUT', message, { reason: `import_${reason}`, ...params });
