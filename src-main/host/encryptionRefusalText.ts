import { encryptionEn } from '@shared/i18n/messages/encryption.en';
import { encryptionRu } from '@shared/i18n/messages/encryption.ru';

type Cause = { code?: unknown; params?: { reason?: unknown } };

const messagesFor = (env: Record<string, string | undefined>) =>
  /^ru/i.test(env.LC_ALL ?? env.LANG ?? '') ? encryptionRu : encryptionEn;

/** What the browser host prints when it starts on an encrypted workspace without VORONKA_DB_KEY. */
export const encryptionLockedText = (env: Record<string, string | undefined> = process.env): string =>
  messagesFor(env).locked_host;

/**
 * What the browser host prints when the workspace's key is missing or wrong (the worker forwards
 * the core's DB_ENCRYPTED as the start error's cause, a direct open throws it): null for any other
 * error. In the system's language, as the damaged-file notice.
 */
export const encryptionRefusalText = (
  error: unknown,
  env: Record<string, string | undefined> = process.env,
): string | null => {
  const direct = error as Cause | null;
  const cause = direct?.code === 'DB_ENCRYPTED' ? direct : (error as { cause?: Cause } | null)?.cause;
  if (cause?.code !== 'DB_ENCRYPTED') return null;
  const messages = messagesFor(env);
  const reason = cause.params?.reason;
  return typeof reason === 'string' && reason in messages
    ? messages[reason as keyof typeof messages]
    : messages.key_rejected;
};
