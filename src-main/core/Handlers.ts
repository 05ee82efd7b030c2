import type { MethodName, MethodOutput, MethodParsedInput } from '@shared/contract/contract';
import type { HandlerContext } from './HandlerContext';

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** One handler per contract method: a missing or misspelt one is a compile error. */
export type Handlers = { [M in MethodName]: Handler<M> };

export type HandlersOf<M extends MethodName> = { [K in M]: Handler<K> };
