import type { ErrorCode } from '@shared/contract/envelope';

/** A rule of the domain was broken; it reaches the client as `{ok:false, error:{code,…}}`. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, message: string, params?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }
}
