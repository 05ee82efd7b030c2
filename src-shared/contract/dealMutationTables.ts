import type { TableName } from './tableNames';

/**
 * Tables the board's own deal mutations change. The procedures declare them from here, and the
 * board imports them from here rather than from the contract, whose schemas (and the phone
 * library behind them) would otherwise load before the board's first paint.
 */
export const DEAL_MUTATION_TABLES = {
  /** A move, win, loss or reopen: the deal and, across stages, a stage transition. */
  move: ['deals', 'stage_transitions'],
  /** A control-point tick. */
  check: ['deal_checks'],
} as const satisfies Record<string, readonly TableName[]>;
