import type { AutomationRule } from '@shared/contract/schemas/automation';
import type { AutomationEvent } from '@shared/domain/automation/AutomationEvent';
import { customerEvents, npsEvents } from '@shared/domain/automation/customerEvents';
import { dealEvents } from '@shared/domain/automation/dealEvents';
import { isTimeTrigger } from '@shared/domain/automation/isTimeTrigger';
import { triggerMatches } from '@shared/domain/automation/triggerMatches';
import { v7 as uuidv7 } from 'uuid';
import type { DealChange } from '../changes/ChangeWriter';
import { latestWonDealId } from '../modules/customers/customers.repo';
import { findDealRow } from '../modules/deals/deals.repo';
import { prepare } from '../db/sql';
import type { AutomationScope } from './AutomationScope';
import { listEnabledRules } from './listEnabledRules';
import { logRun } from './logRun';
import { type CurrentDeal, runRule } from './runRule';
import { toDealFacts } from './toDealFacts';

/** How far one rule's action may trigger another's: deeper chains stop with a log line. */
export const MAX_CHAIN_DEPTH = 3;

/** A deal change a time rule's action made (chained write rules treat it as depth 1). */
export type CausedChange = { change: DealChange; ruleId: string };

type Pending = { change: DealChange; depth: number; chain: ReadonlySet<string> };

const readCurrent = (scope: AutomationScope, dealId: string): CurrentDeal | undefined => {
  const deal = findDealRow(scope.db, dealId);
  return deal && { deal, facts: toDealFacts(scope.db, deal) };
};

const writeRules = (scope: AutomationScope): readonly AutomationRule[] =>
  listEnabledRules(scope.db).filter((rule) => !isTimeTrigger(rule.trigger));

/** A customer's event: its company (the run's record) and the won deal the rule runs on. */
type RetentionItem = { companyId: string; dealId: string | null; events: AutomationEvent[] };

const customerFacts = (row: Record<string, unknown>) => ({
  status: String(row.status),
  churnedAt: typeof row.churned_at === 'number' ? row.churned_at : null,
});

/** The churns and detractor answers this write made (the customers and NPS rows it wrote). */
const retentionItems = (scope: AutomationScope): RetentionItem[] => {
  const items: RetentionItem[] = [];
  for (const { id, before } of scope.writer.takeRowChanges('customers')) {
    const row = prepare(scope.db, 'SELECT * FROM customers WHERE id = ?').get(id) as
      Record<string, unknown> | undefined;
    if (!row || row.deleted_at !== null) continue;
    const events = customerEvents(before === null ? null : customerFacts(before), customerFacts(row));
    if (events.length > 0) items.push({ companyId: id, dealId: latestWonDealId(scope.db, id), events });
  }
  for (const { id, before } of scope.writer.takeRowChanges('nps_responses')) {
    if (before !== null) continue;
    const row = prepare(scope.db, 'SELECT id, score, company_id FROM nps_responses WHERE id = ?').get(id) as
      { id: string; score: number; company_id: string | null } | undefined;
    if (!row || row.company_id === null) continue;
    const events = npsEvents(row);
    if (events.length > 0)
      items.push({ companyId: row.company_id, dealId: latestWonDealId(scope.db, row.company_id), events });
  }
  return items;
};

/**
 * Write triggers, in the transaction of the write that fired them (called by the one write path
 * before it commits). The deals the write created or changed become events (created, stage
 * left/entered, won, lost, field changed); each switched-on rule whose trigger matches runs once
 * per event. What the rules' actions change is processed the same way one level deeper, except
 * that no rule is triggered by a change it (or a rule before it in the chain) made, and past
 * MAX_CHAIN_DEPTH the chain stops with a 'limited' log line: loops cannot happen.
 */
export const runWriteAutomation = (scope: AutomationScope, byTimeRules: readonly CausedChange[] = []): void => {
  const queue: Pending[] = [
    ...scope.writer.takeDealChanges().map((change) => ({ change, depth: 0, chain: new Set<string>() })),
    ...byTimeRules.map(({ change, ruleId }) => ({ change, depth: 1, chain: new Set([ruleId]) })),
  ];
  const retention = retentionItems(scope);
  if (queue.length === 0 && retention.length === 0) return;
  const rules = writeRules(scope);
  if (rules.length === 0) return;
  // A churn or a detractor's answer runs its rules on the customer's latest won deal; what their
  // actions change joins the queue as a time rule's would.
  for (const item of retention) {
    for (const rule of rules) {
      const event = item.events.find((candidate) => triggerMatches(rule.trigger, candidate));
      if (!event) continue;
      const occasion = { dealId: item.dealId, recordId: item.companyId, occurrence: event.occurrence, depth: 0 };
      for (const change of runRule(scope, rule, occasion)) queue.push({ change, depth: 1, chain: new Set([rule.id]) });
    }
  }
  const writeId = uuidv7();
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const row = findDealRow(scope.db, item.change.id);
    if (!row) continue;
    const before = item.change.before === null ? null : toDealFacts(scope.db, item.change.before);
    let current: CurrentDeal | undefined = { deal: row, facts: toDealFacts(scope.db, row) };
    const events = dealEvents(
      before,
      current.facts,
      {
        stageEnteredAt: row.stage_entered_at,
        wonAt: row.won_at,
        lostAt: row.lost_at,
      },
      writeId,
    );
    for (const rule of rules) {
      if (item.chain.has(rule.id)) continue;
      const event = events.find((candidate) => triggerMatches(rule.trigger, candidate));
      if (!event) continue;
      const occasion = { dealId: row.id, recordId: row.id, occurrence: event.occurrence, depth: item.depth, current };
      if (item.depth >= MAX_CHAIN_DEPTH) {
        logRun(scope, {
          ...occasion,
          ruleId: rule.id,
          outcome: 'limited',
          detail: [{ code: 'depth_limit', params: { limit: MAX_CHAIN_DEPTH } }],
        });
        continue;
      }
      const chain = new Set([...item.chain, rule.id]);
      const changes = runRule(scope, rule, occasion);
      for (const change of changes) queue.push({ change, depth: item.depth + 1, chain });
      // The next rules test the deal as this one's actions left it.
      if (changes.length > 0) current = readCurrent(scope, row.id);
    }
  }
};
