import type { z } from 'zod';
import type { TableName } from './tableNames';

export type ProcedureKind = 'query' | 'mutation';

export type Procedure<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  kind: ProcedureKind;
  input: I;
  output: O;
  /** Tables whose views must refetch after this mutation commits. */
  invalidates: readonly TableName[];
  /**
   * A hot read whose output the router checks only where outputs are checked in full (tests, the
   * CLI): the app's hosts skip it (BackendOptions.trustOutputs). Deliberate: validating a 50-line
   * page costs as much as reading it, and where it is checked the router also requires that the
   * check changes nothing (no stripped key, no default), so skipping it ships the same value.
   */
  trustedOutput?: true;
  /**
   * A mutation that mostly waits on the network (the team hub): it runs outside the write queue,
   * so a slow or unreachable server holds no local write behind it. Its local writes must each be
   * one synchronous `ctx.write` (refused while an import's transaction is open), never a
   * transaction held across an await.
   */
  network?: true;
};

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Procedure<I, O> => ({
  kind: 'query',
  input,
  output,
  invalidates: [],
});

export const mutation = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  invalidates: readonly TableName[],
): Procedure<I, O> => ({ kind: 'mutation', input, output, invalidates });

/** A mutation whose wait is on the network, run outside the write queue (see Procedure.network). */
export const networkMutation = <I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  invalidates: readonly TableName[],
): Procedure<I, O> => ({ ...mutation(input, output, invalidates), network: true });

/** A query whose output check the app's hosts skip (see Procedure.trustedOutput). */
export const trustedQuery = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): Procedure<I, O> => ({
  ...query(input, output),
  trustedOutput: true,
});
