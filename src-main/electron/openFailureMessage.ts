import { shellText } from './shellText';

export type OpenFailureMessage = { title: string; body: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The error's `params`, wherever they travel: on the error itself, on its `cause` (the worker
 * rejects with an Error whose cause is the core's RpcError), or in an envelope's `error`.
 */
const paramsOf = (error: unknown): Record<string, unknown> => {
  if (!isRecord(error)) return {};
  for (const holder of [error, error.cause, error.error]) {
    if (isRecord(holder) && isRecord(holder.params)) return holder.params;
  }
  return {};
};

const messageOf = (error: unknown): string => {
  if (error instanceof Error) return error.message;
  if (isRecord(error) && typeof error.message === 'string') return error.message;
  if (isRecord(error) && isRecord(error.error) && typeof error.error.message === 'string') return error.error.message;
  return String(error);
};

/**
 * What the error box says when the backend cannot open the database. A file from a newer Voronka
 * (the core reports `schemaVersion` > `appSchemaVersion`) gets a translated explanation; anything
 * else shows the core's own message. Both name the file, so the user knows what is affected.
 */
export const openFailureMessage = (error: unknown, dbPath: string, osLocale: string): OpenFailureMessage => {
  const t = shellText(osLocale);
  const { schemaVersion, appSchemaVersion } = paramsOf(error);
  const explanation =
    typeof schemaVersion === 'number' && typeof appSchemaVersion === 'number' && schemaVersion > appSchemaVersion
      ? t.schemaTooNew(schemaVersion, appSchemaVersion)
      : t.openFailedDetail(messageOf(error));
  return { title: t.openFailedTitle, body: `${explanation}\n\n${t.databaseFile(dbPath)}` };
};
