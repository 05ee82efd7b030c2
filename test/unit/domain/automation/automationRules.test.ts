import type { AutomationRule, RuleCondition } from '@shared/contract/schemas/automation';
import { automationId } from '@shared/domain/automation/automationId';
import { conditionHolds } from '@shared/domain/automation/conditionHolds';
import type { DealFacts } from '@shared/domain/automation/DealFacts';
import { dealEvents } from '@shared/domain/automation/dealEvents';
import { isTimeTrigger } from '@shared/domain/automation/isTimeTrigger';
import { resolveAssignee } from '@shared/domain/automation/resolveAssignee';
import { roundRobinNext } from '@shared/domain/automation/roundRobinNext';
import { timeTriggerDue, type TimeFacts } from '@shared/domain/automation/timeTriggerDue';
import { triggerMatches } from '@shared/domain/automation/triggerMatches';
import { whyNotApplicable } from '@shared/domain/automation/whyNotApplicable';
import { describe, expect, it } from 'vitest';

const deal: DealFacts = {
  id: 'd1',
  title: 'Поставка станков',
  pipelineId: 'p1',
  stageId: 's1',
  status: 'open',
  valueMinor: 150_000_00,
  currency: 'RUB',
  kind: 'new',
  ownerId: 'u1',
  companyId: 'c1',
  contactId: null,
  sourceId: 'src1',
  campaignId: null,
  expectedCloseOn: '2026-12-10',
  lossReasonId: null,
  bantScore: 60,
  icpFit: null,
  notes: null,
};
const stamps = { stageEnteredAt: 1000, wonAt: null, lostAt: null };

describe('dealEvents', () => {
  it('a new deal is created and enters its first stage', () => {
    expect(dealEvents(null, deal, stamps, 'w')).toEqual([
      { type: 'deal_created', occurrence: 'created' },
      { type: 'stage_entered', stageId: 's1', occurrence: 'entered:s1@1000' },
    ]);
  });
  it('a move leaves one stage and enters another; a win and a loss; each changed field once', () => {
    const moved = dealEvents(deal, { ...deal, stageId: 's2' }, { ...stamps, stageEnteredAt: 2000 }, 'w');
    expect(moved.map((event) => event.type)).toEqual(['stage_left', 'stage_entered', 'field_changed']);
    expect(moved[1]).toEqual({ type: 'stage_entered', stageId: 's2', occurrence: 'entered:s2@2000' });
    expect(dealEvents(deal, { ...deal, status: 'won' }, { ...stamps, wonAt: 5 }, 'w')[0]).toEqual({
      type: 'deal_won',
      occurrence: 'won@5',
    });
    expect(dealEvents(deal, { ...deal, status: 'lost' }, { ...stamps, lostAt: 6 }, 'w')[0]).toEqual({
      type: 'deal_lost',
      occurrence: 'lost@6',
    });
    expect(dealEvents(deal, { ...deal, notes: 'x', kind: 'upsell' }, stamps, 'w7')).toEqual([
      { type: 'field_changed', field: 'kind', occurrence: 'field:kind@w7' },
      { type: 'field_changed', field: 'notes', occurrence: 'field:notes@w7' },
    ]);
    expect(dealEvents(deal, { ...deal }, stamps, 'w')).toEqual([]);
  });
});

describe('triggerMatches', () => {
  it('matches a stage trigger for its stage or any, a field trigger for its field, and never a time trigger', () => {
    const entered = { type: 'stage_entered', stageId: 's1', occurrence: 'x' } as const;
    expect(triggerMatches({ type: 'stage_entered', stageId: 's1' }, entered)).toBe(true);
    expect(triggerMatches({ type: 'stage_entered', stageId: null }, entered)).toBe(true);
    expect(triggerMatches({ type: 'stage_entered', stageId: 's2' }, entered)).toBe(false);
    expect(triggerMatches({ type: 'stage_left', stageId: 's1' }, entered)).toBe(false);
    expect(
      triggerMatches({ type: 'stage_left', stageId: 's1' }, { type: 'stage_left', stageId: 's1', occurrence: 'x' }),
    ).toBe(true);
    expect(triggerMatches({ type: 'deal_created' }, { type: 'deal_created', occurrence: 'created' })).toBe(true);
    expect(triggerMatches({ type: 'deal_won' }, { type: 'deal_won', occurrence: 'x' })).toBe(true);
    expect(triggerMatches({ type: 'deal_lost' }, { type: 'deal_won', occurrence: 'x' })).toBe(false);
    const changed = { type: 'field_changed', field: 'notes', occurrence: 'x' } as const;
    expect(triggerMatches({ type: 'field_changed', field: 'notes' }, changed)).toBe(true);
    expect(triggerMatches({ type: 'field_changed', field: 'kind' }, changed)).toBe(false);
    expect(triggerMatches({ type: 'deal_rotting' }, changed)).toBe(false);
    expect(isTimeTrigger({ type: 'deal_rotting' })).toBe(true);
    expect(isTimeTrigger({ type: 'deal_created' })).toBe(false);
  });
});

describe('conditions', () => {
  const holds = (condition: RuleCondition, facts: Partial<DealFacts> = {}) =>
    conditionHolds(condition, { ...deal, ...facts });
  it('pipeline, stage, owner (or nobody), source and campaign by id', () => {
    expect(holds({ type: 'pipeline', ids: ['p1'] })).toBe(true);
    expect(holds({ type: 'pipeline', ids: ['p2'] })).toBe(false);
    expect(holds({ type: 'stage', ids: ['s2', 's1'] })).toBe(true);
    expect(holds({ type: 'owner', ids: ['u2'] })).toBe(false);
    expect(holds({ type: 'owner', ids: [null] }, { ownerId: null })).toBe(true);
    expect(holds({ type: 'source', ids: ['src1'] })).toBe(true);
    expect(holds({ type: 'campaign', ids: ['cmp'] })).toBe(false);
    expect(holds({ type: 'campaign', ids: ['cmp'] }, { campaignId: 'cmp' })).toBe(true);
  });
  it('team: the owner is in one of the teams now (as the core reads it); no context, no team', () => {
    const context = (teamId: string | null) => ({ inSegment: () => false, ownerTeamId: () => teamId });
    expect(conditionHolds({ type: 'team', ids: ['t1', 't2'] }, deal, context('t2'))).toBe(true);
    expect(conditionHolds({ type: 'team', ids: ['t1'] }, deal, context('t2'))).toBe(false);
    expect(conditionHolds({ type: 'team', ids: ['t1'] }, deal, context(null))).toBe(false);
    expect(conditionHolds({ type: 'team', ids: ['t1'] }, deal)).toBe(false);
  });
  it('a value range compares amounts in its own currency only, ends included', () => {
    const range = { type: 'value', min: 100_000_00, max: 150_000_00, currency: 'RUB' } as const;
    expect(holds(range)).toBe(true);
    expect(holds(range, { valueMinor: 150_000_01 })).toBe(false);
    expect(holds({ ...range, max: null })).toBe(true);
    expect(holds({ ...range, min: null }, { valueMinor: 5 })).toBe(true);
    expect(holds(range, { currency: 'USD' })).toBe(false);
  });
  it('any field: equal, not equal, empty, filled, contains (case and ё folded), above, below', () => {
    const field = (
      op: 'eq' | 'neq' | 'empty' | 'not_empty' | 'contains' | 'gt' | 'lt',
      name: keyof DealFacts & string,
      value: string | number | null,
    ) => ({ type: 'field', field: name, op, value }) as RuleCondition;
    expect(holds(field('eq', 'kind', 'new'))).toBe(true);
    expect(holds(field('neq', 'kind', 'new'))).toBe(false);
    expect(holds(field('empty', 'notes', null))).toBe(true);
    expect(holds(field('not_empty', 'notes', null))).toBe(false);
    expect(holds(field('contains', 'title', 'СТАНК'))).toBe(true);
    expect(holds(field('contains', 'notes', 'x'))).toBe(false);
    expect(holds(field('gt', 'bantScore', 50))).toBe(true);
    expect(holds(field('lt', 'bantScore', 50))).toBe(false);
    expect(holds(field('gt', 'icpFit', 0))).toBe(false);
    expect(holds(field('lt', 'expectedCloseOn', '2027-01-01'))).toBe(true);
  });
  it('says why a rule does not apply: another pipeline first, then the first failing condition', () => {
    const rule = {
      pipelineId: null,
      conditions: [
        { type: 'stage', ids: ['s1'] },
        { type: 'owner', ids: ['u9'] },
      ],
    } as Pick<AutomationRule, 'pipelineId' | 'conditions'>;
    expect(whyNotApplicable(rule, deal)).toEqual({ code: 'condition_failed', params: { index: 1, type: 'owner' } });
    expect(whyNotApplicable({ ...rule, pipelineId: 'p2' }, deal)).toMatchObject({ code: 'other_pipeline' });
    expect(whyNotApplicable({ pipelineId: 'p1', conditions: [] }, deal)).toBeNull();
  });
});

describe('assignees and ids', () => {
  const facts = {
    ownerId: 'u1',
    managerId: 'm1',
    activeReps: ['u3', 'u1', 'u2'],
    teamReps: ['t2', 't1'],
    lastAssigned: null,
  };
  it('owner, manager, a named user, and round-robin in id order that wraps and restarts for a stranger', () => {
    expect(resolveAssignee({ assignee: 'owner', userIds: [] }, facts)).toBe('u1');
    expect(resolveAssignee({ assignee: 'manager', userIds: [] }, facts)).toBe('m1');
    expect(resolveAssignee({ assignee: 'manager', userIds: [] }, { ...facts, managerId: null })).toBeNull();
    expect(resolveAssignee({ assignee: 'user', userIds: ['u7'] }, facts)).toBe('u7');
    expect(resolveAssignee({ assignee: 'round_robin', userIds: [] }, facts)).toBe('u1');
    expect(resolveAssignee({ assignee: 'round_robin', userIds: [] }, { ...facts, lastAssigned: 'u1' })).toBe('u2');
    expect(resolveAssignee({ assignee: 'round_robin', userIds: ['b', 'a'] }, { ...facts, lastAssigned: 'b' })).toBe(
      'a',
    );
    // In a team: its reps only, in id order; a team with nobody active gives nobody, not an outsider.
    expect(
      resolveAssignee({ assignee: 'round_robin', userIds: [], teamId: 'T' }, { ...facts, lastAssigned: 't1' }),
    ).toBe('t2');
    expect(
      resolveAssignee({ assignee: 'round_robin', userIds: [], teamId: 'T' }, { ...facts, teamReps: [] }),
    ).toBeNull();
    expect(roundRobinNext(['a', 'b'], 'zz')).toBe('a');
    expect(roundRobinNext([], null)).toBeNull();
  });
  it('what a rule creates has one id per rule, record, occurrence and action, the same on every device', () => {
    const id = automationId('r1', 'd1', 'created', 0);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(automationId('r1', 'd1', 'created', 0)).toBe(id);
    expect(
      new Set([
        id,
        automationId('r2', 'd1', 'created', 0),
        automationId('r1', 'd2', 'created', 0),
        automationId('r1', 'd1', 'x', 0),
        automationId('r1', 'd1', 'created', 1),
      ]).size,
    ).toBe(5);
  });
});

describe('timeTriggerDue', () => {
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const base: TimeFacts = {
    status: 'open',
    stageId: 's1',
    stageEnteredAt: Date.UTC(2026, 10, 23, 9),
    rotDays: 3,
    slaHours: 4,
    firstTouchAt: null,
    expectedCloseOn: '2026-12-10',
    wonAt: null,
    task: null,
    timeZone: 'Europe/Moscow',
  };
  it('a task is overdue once per due time, and not once done', () => {
    expect(timeTriggerDue({ type: 'task_overdue' }, { ...base, task: { dueAt: 50, doneAt: null } })).toEqual({
      dueAt: 50,
      occurrence: 'overdue@50',
    });
    expect(timeTriggerDue({ type: 'task_overdue' }, { ...base, task: { dueAt: 50, doneAt: 60 } })).toBeNull();
  });
  it('an SLA breaches at entry + SLA hours unless touched in time; never without an SLA or once closed', () => {
    expect(timeTriggerDue({ type: 'sla_breached' }, base)).toEqual({
      dueAt: base.stageEnteredAt + 4 * HOUR,
      occurrence: `sla:s1@${base.stageEnteredAt}`,
    });
    expect(timeTriggerDue({ type: 'sla_breached' }, { ...base, firstTouchAt: base.stageEnteredAt + HOUR })).toBeNull();
    expect(
      timeTriggerDue({ type: 'sla_breached' }, { ...base, firstTouchAt: base.stageEnteredAt + 5 * HOUR }),
    ).not.toBeNull();
    expect(timeTriggerDue({ type: 'sla_breached' }, { ...base, slaHours: null })).toBeNull();
    expect(timeTriggerDue({ type: 'sla_breached' }, { ...base, status: 'won' })).toBeNull();
  });
  it('a deal rots when strictly past its rot days (as the board marks it), once per stage entry', () => {
    expect(timeTriggerDue({ type: 'deal_rotting' }, base)).toEqual({
      dueAt: base.stageEnteredAt + 4 * DAY,
      occurrence: `rot:s1@${base.stageEnteredAt}`,
    });
    expect(timeTriggerDue({ type: 'deal_rotting' }, { ...base, rotDays: null })).toBeNull();
  });
  it('N days before the expected close falls at midnight in the workspace zone; N months after a win', () => {
    expect(timeTriggerDue({ type: 'before_close', days: 3 }, base)).toEqual({
      dueAt: Date.UTC(2026, 11, 6, 21), // 7 December, 00:00 in Moscow
      occurrence: 'close:2026-12-10-3d',
    });
    expect(timeTriggerDue({ type: 'before_close', days: 3 }, { ...base, expectedCloseOn: null })).toBeNull();
    const wonAt = Date.UTC(2026, 0, 31, 12);
    expect(timeTriggerDue({ type: 'after_win', months: 11 }, { ...base, status: 'won', wonAt })).toEqual({
      dueAt: Date.UTC(2026, 11, 31, 12),
      occurrence: `win@${wonAt}+11m`,
    });
    expect(timeTriggerDue({ type: 'after_win', months: 1 }, { ...base, status: 'won', wonAt })?.dueAt).toBe(
      Date.UTC(2026, 1, 28, 12),
    );
    expect(timeTriggerDue({ type: 'after_win', months: 11 }, base)).toBeNull();
  });
});
