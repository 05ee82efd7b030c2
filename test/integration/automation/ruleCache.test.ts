import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listEnabledRules } from '../../../src-main/core/automation/listEnabledRules';
import { createDealsKit, type DealsKit, PIPELINE } from '../core/dealsTestKit';

/*
 * The engine keeps the parsed switched-on rules in memory (listEnabledRules). These tests change
 * the rules table behind the service's back, as a sync merge, an import or a restore does, and
 * check that the next write sees the change.
 */

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const sqlite = () => kit.backend.db.sqlite;
const names = () => listEnabledRules(kit.backend.db).map((rule) => rule.name);

const insertRaw = (id: string, name: string, subject: string) =>
  sqlite()
    .prepare(
      `INSERT INTO automation_rules (id, name, enabled, pipeline_id, trigger_type, trigger, conditions, actions, created_at, updated_at)
       VALUES (?, ?, 1, NULL, 'deal_created', '{"type":"deal_created"}', '[]', ?, ?, ?)`,
    )
    .run(
      id,
      name,
      JSON.stringify([{ type: 'create_task', taskType: 'call', subject, dueInMinutes: 60, assignee: 'owner' }]),
      kit.clock.now(),
      kit.clock.now(),
    );

const taskSubjects = (dealId: string) =>
  sqlite().prepare('SELECT subject FROM activities WHERE deal_id = ? AND rule_id IS NOT NULL').pluck().all(dealId);

const newDeal = () => kit.client.call('deals.create', { title: 'Поставка', pipelineId: PIPELINE, valueMinor: 1_000_00 });

describe('the cached rules', () => {
  it('follow rules written, switched off and edited outside the service', async () => {
    insertRaw('00000000-0000-7000-8000-00000000a001', 'Звонок', 'Позвонить');
    expect(taskSubjects((await newDeal()).id)).toEqual(['Позвонить']);

    sqlite().prepare("UPDATE automation_rules SET enabled = 0 WHERE name = 'Звонок'").run();
    expect(taskSubjects((await newDeal()).id)).toEqual([]);

    sqlite()
      .prepare("UPDATE automation_rules SET enabled = 1, actions = replace(actions, 'Позвонить', 'Написать') WHERE name = 'Звонок'")
      .run();
    expect(taskSubjects((await newDeal()).id)).toEqual(['Написать']);

    sqlite().prepare("DELETE FROM automation_rules WHERE name = 'Звонок'").run();
    expect(taskSubjects((await newDeal()).id)).toEqual([]);
  });

  it('are not brought back by a rolled-back change followed by another one', () => {
    const rolledBack = sqlite().transaction(() => {
      insertRaw('00000000-0000-7000-8000-00000000a002', 'Откатится', 'x');
      expect(names()).toEqual(['Откатится']);
      throw new Error('roll back');
    });
    expect(rolledBack).toThrow('roll back');
    insertRaw('00000000-0000-7000-8000-00000000a003', 'Останется', 'y');
    expect(names()).toEqual(['Останется']);
  });

  it('are the same objects between writes that do not touch the rules', () => {
    insertRaw('00000000-0000-7000-8000-00000000a004', 'Звонок', 'Позвонить');
    const first = listEnabledRules(kit.backend.db);
    sqlite().prepare("UPDATE deals SET notes = 'n'").run();
    expect(listEnabledRules(kit.backend.db)).toBe(first);
  });
});
