import { OUTBOUND_TOUCH_TYPES } from './outboundTouchTypes';

/**
 * `isOutboundTouch` as an SQL condition on the activities row aliased `alias`, for the queries
 * that pick first touches in bulk (KPI engine, leads inbox). Literals, not parameters: the
 * partial index on first touches (m0013) is matched against this text. A test checks the two
 * agree on every type and direction.
 */
export const outboundTouchSql = (alias: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  const types = OUTBOUND_TOUCH_TYPES.map((type) => `'${type}'`).join(', ');
  return `${alias}.type IN (${types}) AND (${alias}.direction IS NULL OR ${alias}.direction = 'outbound')`;
};
