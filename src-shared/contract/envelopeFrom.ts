import type { Envelope, Issue, RpcError } from './envelope';
import { ERROR_CODES } from './errorCodes';

/**
 * The envelope in a reply body, or null when the body is not one: the same check as
 * `envelopeSchema` (envelope.ts), written out so the renderer's transport runs it at start-up
 * without loading zod (a unit test holds the two to the same answers). Unknown keys are dropped,
 * as zod does.
 */
export const envelopeFrom = (body: unknown): Envelope<unknown> | null => {
  if (!isObject(body)) return null;
  // zod wants the key present even for `z.unknown()`: `{ok: true}` alone is no envelope.
  if (body.ok === true) return 'value' in body ? { ok: true, value: body.value } : null;
  if (body.ok !== false) return null;
  const error = rpcErrorFrom(body.error);
  return error ? { ok: false, error } : null;
};

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's `z.record(z.string(), …)`: a plain object (not an array, a date or a class instance). */
const isRecord = (value: unknown): value is Loose => {
  if (!isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

const isErrorCode = (value: unknown): value is RpcError['code'] => (ERROR_CODES as readonly unknown[]).includes(value);

/** Copies the optional `params` (a plain object when present); null when it is something else. */
const withParams = <T extends object>(target: T, source: Loose): (T & { params?: Loose }) | null => {
  if (source.params === undefined) return target;
  return isRecord(source.params) ? { ...target, params: { ...source.params } } : null;
};

const issueFrom = (value: unknown): Issue | null => {
  if (!isObject(value)) return null;
  const { path, code, message } = value;
  if (typeof path !== 'string' || typeof code !== 'string' || typeof message !== 'string') return null;
  return withParams({ path, code, message }, value);
};

const rpcErrorFrom = (value: unknown): RpcError | null => {
  if (!isObject(value)) return null;
  const { code, message } = value;
  if (!isErrorCode(code) || typeof message !== 'string') return null;
  const error = withParams<RpcError>({ code, message }, value);
  if (!error || value.issues === undefined) return error;
  if (!Array.isArray(value.issues)) return null;
  const issues = value.issues.map(issueFrom);
  return issues.every((issue) => issue !== null) ? { ...error, issues } : null;
};
