import { RpcFailure } from '@shared/contract/createClient';

/**
 * A refused file's translation key and values (`imports.errors.*`: not a CSV, a zip bomb, a
 * missing column, cancelled …), or null for any other failure (shown as the usual toast).
 */
export const importFileProblem = (error: unknown): { key: string; values: Record<string, unknown> } | null => {
  if (!(error instanceof RpcFailure)) return null;
  const params = error.error.params ?? {};
  const reason = params.reason;
  if (typeof reason !== 'string' || !reason.startsWith('import_')) return null;
  return { key: `imports.errors.${reason.slice('import_'.length)}`, values: params };
};
