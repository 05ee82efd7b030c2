import type { AutomationRule } from '@shared/contract/schemas/automation';
import { whyNotApplicable } from '@shared/domain/automation/whyNotApplicable';
import type { DealFacts } from '@shared/domain/automation/DealFacts';
import type { DealChange } from '../changes/ChangeWriter';
import type { DealsTable } from '../db/schema';
import { DomainError } from '../DomainError';
import { findDealRow } from '../modules/deals/deals.repo';
import type { ActionDetail } from './ActionDetail';
import type { AutomationScope } from './AutomationScope';
import { dealInSegment } from './dealInSegment';
import { ownerTeamId } from './ownerTeamId';
import { executeAction } from './executeAction';
import { logRun } from './logRun';
import { toDealFacts } from './toDealFacts';

/** The deal as it is now and its facts, when the caller has just read them. */
export type CurrentDeal = { deal: DealsTable; facts: DealFacts };

/**
 * dealId null: a customer whose won deals are all gone (the run is logged as skipped). `current`
 * spares each of the rules one event concerns from reading the same deal again.
 */
export type RuleOccasion = {
  dealId: string | null;
  recordId: string;
  occurrence: string;
  depth: number;
  current?: CurrentDeal | undefined;
};

const failure = (error: unknown): ActionDetail => {
  if (error instanceof DomainError && error.code === 'GATE_BLOCKED') return { code: 'gate_blocked', params: {} };
  if (error instanceof DomainError && error.code === 'NOT_FOUND') return { code: 'bad_target', params: {} };
  return { code: 'error', params: { message: error instanceof Error ? error.message : String(error) } };
};

/**
 * One rule on one deal for one occurrence: the conditions are read from the deal as it is now,
 * each action runs in its own savepoint (a gate that refuses a move undoes that action only, never
 * the user's write), and the run is logged with what each action did or why nothing was done.
 * Returns the deal changes the actions made, for the chained rules they may trigger.
 */
export const runRule = (scope: AutomationScope, rule: AutomationRule, occasion: RuleOccasion): DealChange[] => {
  const entry = {
    ruleId: rule.id,
    recordId: occasion.recordId,
    occurrence: occasion.occurrence,
    depth: occasion.depth,
  };
  const deal =
    occasion.current?.deal ?? (occasion.dealId === null ? undefined : findDealRow(scope.db, occasion.dealId));
  if (!deal) {
    logRun(scope, { ...entry, outcome: 'skipped', detail: [{ code: 'bad_target', params: {} }] });
    return [];
  }
  const reason = whyNotApplicable(rule, occasion.current?.facts ?? toDealFacts(scope.db, deal), {
    inSegment: (segmentId) => dealInSegment(scope.db, deal.id, segmentId),
    ownerTeamId: () => ownerTeamId(scope.db, deal.owner_id),
  });
  if (reason !== null) {
    const params =
      reason.code === 'condition_failed'
        ? { ...reason.params, number: Number(reason.params.index) + 1 }
        : reason.params;
    logRun(scope, { ...entry, outcome: 'skipped', detail: [{ code: reason.code, params }] });
    return [];
  }
  const detail: ActionDetail[] = [];
  let failed = 0;
  rule.actions.forEach((action, actionIndex) => {
    const target = {
      ruleId: rule.id,
      recordId: occasion.recordId,
      occurrence: occasion.occurrence,
      actionIndex,
      dealId: deal.id,
    };
    try {
      // Each action sees the deal as the previous one left it (a move then a task on the new stage).
      detail.push(
        scope.db.inTransaction(() => executeAction(scope, action, target, findDealRow(scope.db, deal.id) ?? deal)),
      );
    } catch (error) {
      failed += 1;
      detail.push(failure(error));
    }
  });
  logRun(scope, { ...entry, outcome: failed === rule.actions.length ? 'failed' : 'done', detail });
  return scope.writer.takeDealChanges();
};
