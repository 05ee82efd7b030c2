import type { AutomationRule } from '@shared/contract/schemas/automation';
import type { Db } from '../db/Db';
import type { AutomationRulesTable } from '../db/schema';
import { prepare } from '../db/sql';
import { toRule } from './toRule';

const SQL = 'SELECT * FROM automation_rules WHERE enabled = 1 AND deleted_at IS NULL ORDER BY created_at, id';
const VERSION = 'SELECT version FROM automation_rules_version WHERE id = 1';

type CachedRules = { version: number; rules: readonly AutomationRule[] };

const cache = new WeakMap<Db, CachedRules>();

/**
 * Switched-on rules in creation order: the order they run in for one event, on every device.
 * Every write runs this, so the parsed rules are kept per database and read again only when the
 * token m0067's triggers change on any write to the table has moved.
 */
export const listEnabledRules = (db: Db): readonly AutomationRule[] => {
  const version = prepare(db, VERSION).pluck().get() as number;
  const cached = cache.get(db);
  if (cached?.version === version) return cached.rules;
  const rules = (prepare(db, SQL).all() as AutomationRulesTable[]).map(toRule);
  cache.set(db, { version, rules });
  return rules;
};
