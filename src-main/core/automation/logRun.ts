import type { RuleRun } from '@shared/contract/schemas/automation';
import { v7 as uuidv7 } from 'uuid';
import { prepare } from '../db/sql';
import type { AutomationScope } from './AutomationScope';

const INSERT =
  'INSERT INTO automation_runs (id, rule_id, record_id, occurrence, at, outcome, detail, depth) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';

export type RunEntry = Pick<RuleRun, 'ruleId' | 'recordId' | 'occurrence' | 'outcome' | 'detail' | 'depth'>;

/** Appends one line to the device's run log, in the transaction of the run itself. */
export const logRun = (scope: AutomationScope, entry: RunEntry): void => {
  prepare(scope.db, INSERT).run(
    uuidv7(),
    entry.ruleId,
    entry.recordId,
    entry.occurrence,
    scope.now,
    entry.outcome,
    JSON.stringify(entry.detail),
    entry.depth,
  );
  scope.writer.markTouched('automation_runs');
};
