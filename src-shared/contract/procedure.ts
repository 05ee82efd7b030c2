import type { z } from 'zod';
import type { TableName } from './tableNames';

export type ProcedureKind = 'query' | 'mutation';

export type Procedure<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  kind: ProcedureKind;
  input: I;
  output: O;
  /** Tables whose views must refetch after this mutation commits. */
  invalidates: readonly TableName[];
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
