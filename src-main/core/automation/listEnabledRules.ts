import type { AutomationRule } from '@shared/contract/schemas/automation';
import type { Db } from '../db/Db';
import type { AutomationRulesTable } from '../db/schema';
import { prepare } from '../db/sql';
import { toRule } from './toRule';

const SQL = 'SELECT * FROM automation_rules WHERE enabled = 1 AND deleted_at IS NULL ORDER BY created_at, id';

/** Switched-on rules in creation order: the order they run in for one event, on every device. */
export const listEnabledRules = (db: Db): AutomationRule[] =>
  (prepare(db, SQL).all() as AutomationRulesTable[]).map(toRule);
