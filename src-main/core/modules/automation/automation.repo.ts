import type { AutomationRule, RuleRun } from '@shared/contract/schemas/automation';
import { toRule } from '../../automation/toRule';
import type { Db } from '../../db/Db';
import type { AutomationRulesTable, AutomationRunsTable } from '../../db/schema';
import { prepare } from '../../db/sql';

export const findRuleRow = (db: Db, id: string): AutomationRulesTable | undefined =>
  prepare(db, 'SELECT * FROM automation_rules WHERE id = ? AND deleted_at IS NULL').get(id) as
    AutomationRulesTable | undefined;

export const listRules = (db: Db): AutomationRule[] =>
  (
    prepare(
      db,
      'SELECT * FROM automation_rules WHERE deleted_at IS NULL ORDER BY created_at, id',
    ).all() as AutomationRulesTable[]
  ).map(toRule);

type RunRow = AutomationRunsTable & { rule_name: string | null; record_title: string | null };

// A run's record is a deal, a task (overdue) or a customer's company (retention triggers).
const RUNS = `SELECT r.*, ar.name AS rule_name, coalesce(d.title, t.subject, co.name) AS record_title
  FROM automation_runs r
  LEFT JOIN automation_rules ar ON ar.id = r.rule_id
  LEFT JOIN deals d ON d.id = r.record_id
  LEFT JOIN activities t ON t.id = r.record_id
  LEFT JOIN companies co ON co.id = r.record_id`;

/** The newest runs of a rule, of a record, or of all (the rule's history, the record's log). */
export const listRuns = (
  db: Db,
  filter: { ruleId?: string | undefined; recordId?: string | undefined; limit: number },
): RuleRun[] => {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.ruleId !== undefined) {
    where.push('r.rule_id = ?');
    params.push(filter.ruleId);
  }
  if (filter.recordId !== undefined) {
    where.push('r.record_id = ?');
    params.push(filter.recordId);
  }
  const sqlText = `${RUNS} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.at DESC, r.id DESC LIMIT ?`;
  return (prepare(db, sqlText).all(...params, filter.limit) as RunRow[]).map((row) => ({
    id: row.id,
    ruleId: row.rule_id,
    ruleName: row.rule_name,
    recordId: row.record_id,
    recordTitle: row.record_title,
    occurrence: row.occurrence,
    at: row.at,
    outcome: row.outcome,
    detail: JSON.parse(row.detail) as RuleRun['detail'],
    depth: row.depth,
  }));
};
