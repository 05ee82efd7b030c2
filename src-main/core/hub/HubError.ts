import type { hubRu } from '@shared/i18n/messages/hub.ru';

export type HubErrorReason = keyof typeof hubRu;

/** A failure of the team hub the user is told about, by a reason the ru/en messages translate. */
export class HubError extends Error {
  readonly reason: HubErrorReason;
  readonly params: Record<string, string | number>;
  constructor(reason: HubErrorReason, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'HubError';
    this.reason = reason;
    this.params = params;
  }
}

type PgLikeError = Error & { code?: string; hint?: string };

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);

/** Whether the error says the hub could not be reached or the connection dropped (retry later). */
export const isConnectionError = (error: unknown): boolean => {
  if (error instanceof HubError) return error.reason === 'unreachable';
  const { code, message } = (error ?? {}) as PgLikeError;
  if (code !== undefined && NETWORK_CODES.has(code)) return true;
  // 57P01..57P03: the server shut down or terminated this connection; 08xxx: connection exceptions.
  if (code !== undefined && (code.startsWith('57P') || code.startsWith('08'))) return true;
  return (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)
  );
};

/** The refusal a hub function signalled (its HINT is `voronka:<reason>`), if any. */
export const hubRefusal = (error: unknown): string | null => {
  const hint = (error as PgLikeError | null)?.hint;
  return typeof hint === 'string' && hint.startsWith('voronka:') ? hint.slice('voronka:'.length) : null;
};

const ADMIN_REASONS = new Set<HubErrorReason>([
  'not_admin',
  'bad_role',
  'member_exists',
  'weak_password',
  'no_member',
  'remove_self',
]);

/** Any error from talking to the hub, as a HubError (network, login, missing schema, a refusal). */
export const toHubError = (error: unknown, params: Record<string, string | number> = {}): HubError => {
  if (error instanceof HubError) return error;
  const pgError = (error ?? {}) as PgLikeError;
  const detail = pgError.message ?? String(error);
  if (isConnectionError(error)) return new HubError('unreachable', detail, { detail, ...params });
  // 28P01 wrong password, 28000 no such login / not allowed by pg_hba.
  if (pgError.code === '28P01' || pgError.code === '28000') return new HubError('auth_failed', detail, params);
  // 3F000 no schema "hub", 42P01 a hub table missing, 42883 a hub function missing.
  if (pgError.code === '3F000' || pgError.code === '42P01' || pgError.code === '42883') {
    return new HubError('no_hub', detail, params);
  }
  const refusal = hubRefusal(error);
  if (refusal !== null && ADMIN_REASONS.has(refusal as HubErrorReason)) {
    return new HubError(refusal as HubErrorReason, detail, params);
  }
  return new HubError('other', detail, { detail, ...params });
};
