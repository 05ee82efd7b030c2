import type { Envelope } from '@shared/contract/envelope';

/** A call that never reached the core (network down, host gone, bad reply) as an error envelope. */
export const transportFailure = (message: string, params?: Record<string, unknown>): Envelope<never> => ({
  ok: false,
  error: { code: 'TRANSPORT', message, ...(params ? { params } : {}) },
});
