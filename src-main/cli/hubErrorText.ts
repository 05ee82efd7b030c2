import { hubEn } from '@shared/i18n/messages/hub.en';
import { hubRu } from '@shared/i18n/messages/hub.ru';
import { HubError } from '../core/hub/HubError';

/** A hub failure in the terminal's language (LC_ALL/LANG ru… → Russian), with its values filled in. */
export const hubErrorText = (error: HubError, env: NodeJS.ProcessEnv = process.env): string => {
  const messages = /^ru/i.test(env.LC_ALL ?? env.LANG ?? '') ? hubRu : hubEn;
  return messages[error.reason].replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(error.params[key] ?? ''));
};

/** Re-throws a HubError as one with the translated text (runCli prints an error's message). */
export const translateHubError = (error: unknown): never => {
  if (error instanceof HubError) throw new HubError(error.reason, hubErrorText(error), error.params);
  throw error;
};
