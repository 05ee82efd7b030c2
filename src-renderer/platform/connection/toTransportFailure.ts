import type { Envelope } from '@shared/contract/envelope';
import { transportFailure } from '../transportFailure';

/**
 * A thrown fetch or IPC error as a TRANSPORT envelope. Whatever was thrown (fetch's TypeError
 * "Failed to fetch", an AbortError, Electron's "Error invoking remote method…") the core did not
 * answer, so it is `unreachable`; the original text stays in `message` for logs only.
 */
export const toTransportFailure = (thrown: unknown): Envelope<never> =>
  transportFailure('unreachable', thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown));
