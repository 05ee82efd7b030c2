import type { AutomationRule } from '@shared/contract/schemas/automation';
import { isTimeTrigger } from '@shared/domain/automation/isTimeTrigger';
import { timeTriggerDue } from '@shared/domain/automation/timeTriggerDue';
import { prepare } from '../db/sql';
import type { AutomationScope } from './AutomationScope';
import { listEnabledRules } from './listEnabledRules';
import { runRule } from './runRule';
import { type TimeCandidate, timeCandidates } from './timeCandidates';
import { type CausedChange, runWriteAutomation } from './runWriteAutomation';

const WATERMARK = 'SELECT scanned_to FROM automation_scans WHERE rule_id = ?';
const SAVE_WATERMARK =
  'INSERT INTO automation_scans (rule_id, scanned_to) VALUES (?, ?) ON CONFLICT (rule_id) DO UPDATE SET scanned_to = excluded.scanned_to';
const ALREADY_RUN =
  "SELECT 1 FROM automation_runs WHERE rule_id = ? AND record_id = ? AND occurrence = ? AND outcome <> 'limited'";

/** Date triggers (a date reached) count from when the rule was switched on, never before it. */
const isDateTrigger = (rule: AutomationRule): boolean =>
  rule.trigger.type === 'before_close' || rule.trigger.type === 'after_win';

const windowStart = (scope: AutomationScope, rule: AutomationRule): number => {
  const watermark = (prepare(scope.db, WATERMARK).get(rule.id) as { scanned_to: number } | undefined)?.scanned_to ?? 0;
  return isDateTrigger(rule) ? Math.max(watermark, rule.enabledAt ?? scope.now) : watermark;
};

const occurrenceOf = (rule: AutomationRule, row: TimeCandidate, timeZone: string) =>
  timeTriggerDue(rule.trigger, {
    status: row.status,
    stageId: row.stage_id,
    stageEnteredAt: row.stage_entered_at,
    rotDays: row.rot_days,
    slaHours: row.sla_hours,
    firstTouchAt: row.first_touch_at,
    expectedCloseOn: row.expected_close_on,
    wonAt: row.won_at,
    task: row.task_id !== null && row.task_due_at !== null ? { dueAt: row.task_due_at, doneAt: null } : null,
    customer:
      row.customer_id === undefined
        ? null
        : {
            status: row.customer_status ?? '',
            sinceAt: row.customer_since ?? 0,
            lastContactAt: row.last_contact_at ?? null,
          },
    timeZone,
  });

/**
 * The schedule scan: for each switched-on time rule, the records whose trigger fell due since the
 * rule's last scan (on first scan: every record in that state now; for date triggers: since the
 * rule was switched on), up to now. So a laptop closed over a weekend catches up on opening. Each
 * (rule, record, occurrence) runs once; what it creates has a derived id, so a second device that
 * also fires converges on the same rows. Returns how many runs it made.
 */
export const scanTimeTriggers = (scope: AutomationScope, timeZone: string): number => {
  let fired = 0;
  const caused: CausedChange[] = [];
  for (const rule of listEnabledRules(scope.db).filter((candidate) => isTimeTrigger(candidate.trigger))) {
    const from = windowStart(scope, rule);
    for (const row of timeCandidates(scope.db, rule.trigger, {
      from,
      to: scope.now,
      actorId: scope.actorId,
      timeZone,
    })) {
      // A task this rule made never re-triggers it (an overdue reminder about an overdue reminder).
      if (row.task_rule_id === rule.id) continue;
      const due = occurrenceOf(rule, row, timeZone);
      if (due === null || due.dueAt <= from || due.dueAt > scope.now) continue;
      // The run's record: the overdue task, the quiet customer's company, or the deal.
      const recordId = row.task_id ?? row.customer_id ?? row.id;
      if (prepare(scope.db, ALREADY_RUN).get(rule.id, recordId, due.occurrence)) continue;
      const changes = runRule(scope, rule, { dealId: row.id, recordId, occurrence: due.occurrence, depth: 0 });
      for (const change of changes) caused.push({ change, ruleId: rule.id });
      fired += 1;
    }
    prepare(scope.db, SAVE_WATERMARK).run(rule.id, scope.now);
  }
  // What the time rules' actions changed may fire write rules, as a user's change would.
  runWriteAutomation(scope, caused);
  return fired;
};
