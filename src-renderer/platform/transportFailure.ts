import type { Envelope } from '@shared/contract/envelope';

/**
 * Why a call never reached the core; the UI translates by it (`connection.failures.<reason>`) and
 * never shows the raw message ("Failed to fetch" is the browser's, not the user's language).
 * - unreachable: no answer at all (host stopped, network error, IPC to a dead main process);
 * - bad_reply: an answer the page cannot read (not an envelope);
 * - session_expired: the host was restarted and the page could not get the new launch's token.
 */
export type TransportFailureReason = 'unreachable' | 'bad_reply' | 'session_expired';

/** A call that never reached the core as an error envelope; `message` is for logs, not for the user. */
export const transportFailure = (
  reason: TransportFailureReason,
  message: string,
  params?: Record<string, unknown>,
): Envelope<never> => ({
  ok: false,
  error: { code: 'TRANSPORT', message, params: { ...params, reason } },
});
