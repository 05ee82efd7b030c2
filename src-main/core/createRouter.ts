import { contract, isMethodName, type MethodName } from '@shared/contract/contract';
import type { ConflictReason } from '@shared/contract/conflictReasons';
import type { Envelope } from '@shared/contract/envelope';
import type { TableName } from '@shared/contract/tableNames';
import { createWriteQueue } from './createWriteQueue';
import type { HandlerContext } from './HandlerContext';
import type { Handler, Handlers } from './Handlers';
import { toErrorEnvelope } from './toErrorEnvelope';
import { isDeepStrictEqual } from 'node:util';
import { zodIssues } from './zodIssues';

const importInProgress = (): Envelope<unknown> => ({
  ok: false,
  error: {
    code: 'CONFLICT',
    message: 'An import is in progress; try again when it has finished',
    params: { reason: 'import_in_progress' satisfies ConflictReason },
  },
});

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export type RequestScope = {
  ctx: HandlerContext;
  /** Tables whose writes committed during the request. */
  committed(): ReadonlySet<TableName>;
};

export type RouterOptions = {
  /**
   * Skip the output check of procedures marked `trustedOutput` (the app's hosts). Left false (tests,
   * the CLI) every output is checked, and a trusted one must also come out of its check unchanged,
   * so that skipping it ships exactly what was checked.
   */
  trustOutputs?: boolean;
  /** True while a long write (an import) holds the write queue: a mutation is refused, not queued behind it. */
  writesRefused?: () => boolean;
};

/**
 * Validates every input against the contract, serialises mutations through one queue (but those
 * that wait on the network, which write only in short synchronous steps), validates
 * outputs (but the trusted ones where `trustOutputs`), and reports committed tables so hosts can
 * push `data.changed`.
 */
export const createRouter = (
  handlers: Handlers,
  openScope: (kind: 'query' | 'mutation') => RequestScope,
  onCommitted: (tables: TableName[]) => void,
  options: RouterOptions = {},
): Dispatch => {
  const enqueueWrite = createWriteQueue();

  const run = async (method: MethodName, input: unknown): Promise<Envelope<unknown>> => {
    const procedure = contract[method];
    const parsed = procedure.input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'BAD_INPUT', message: 'Invalid input', issues: zodIssues(parsed.error) } };
    }
    const scope = openScope(procedure.kind);
    const handler = handlers[method] as Handler<MethodName>;
    let succeeded = false;
    try {
      const value: unknown = await handler(parsed.data as never, scope.ctx);
      const trusted = procedure.trustedOutput === true;
      if (trusted && options.trustOutputs === true) {
        succeeded = true;
        return { ok: true, value };
      }
      const output = procedure.output.safeParse(value);
      // The core broke its own contract: INTERNAL, never the caller's BAD_INPUT (a mutation may
      // already have committed, so the user must not be told to fix their input).
      if (!output.success) {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: `The result of ${method} did not match the contract`,
            issues: zodIssues(output.error),
          },
        };
      }
      if (trusted && !isDeepStrictEqual(output.data, value)) {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: `The result of ${method} was changed by its contract check (trusted output)`,
          },
        };
      }
      succeeded = true;
      return { ok: true, value: output.data };
    } catch (error) {
      return toErrorEnvelope(error);
    } finally {
      // A failed mutation may still have committed earlier steps: their views must refresh too.
      const committed = scope.committed();
      const tables =
        succeeded && procedure.kind === 'mutation' ? new Set([...procedure.invalidates, ...committed]) : committed;
      if (tables.size > 0) onCommitted([...tables]);
    }
  };

  return (method, input) => {
    if (!isMethodName(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `Unknown method: ${method}`, params: { method } },
      });
    }
    if (contract[method].kind !== 'mutation') return run(method, input);
    // Waiting minutes behind an import would look like a hang: the caller hears why at once.
    if (options.writesRefused?.() === true) return Promise.resolve(importInProgress());
    // A hub call waits seconds on the network: local writes go on meanwhile (its own are short).
    if (contract[method].network === true) return run(method, input);
    return enqueueWrite(() => run(method, input));
  };
};
