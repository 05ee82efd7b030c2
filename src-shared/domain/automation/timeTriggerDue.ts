import { TZDate } from '@date-fns/tz';
import { addMonths, subDays } from 'date-fns';
import type { RuleTrigger } from '../../contract/schemas/automation';
import { HOUR_MS } from '../leadSla';

const DAY_MS = 86_400_000;

/** What the schedule scan knows of a deal (and, for `task_overdue`, of one of its open tasks). */
export type TimeFacts = {
  status: 'open' | 'won' | 'lost';
  stageId: string;
  stageEnteredAt: number;
  rotDays: number | null;
  slaHours: number | null;
  /** The deal's first done outbound call, e-mail or meeting, even one before the stage entry. */
  firstTouchAt: number | null;
  expectedCloseOn: string | null;
  wonAt: number | null;
  task: { dueAt: number; doneAt: number | null } | null;
  /** For `no_contact`: the customer (onboarding or active) and its last contact, if any. */
  customer?: { status: string; sinceAt: number; lastContactAt: number | null } | null;
  timeZone: string;
};

export type TimeOccurrence = { dueAt: number; occurrence: string };

/** Midnight of `date` minus `days` in the workspace zone. */
const daysBefore = (date: string, days: number, timeZone: string): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return subDays(new TZDate(year, month - 1, day, timeZone), days).getTime();
};

/**
 * When a time trigger falls due for a record and the key of that occurrence, or null when the
 * state it waits for does not hold (the deal moved on, the task was done, the SLA was met). A
 * rotting deal rots once per stage entry; an SLA breaches once per entry; a task is overdue once
 * per due time.
 */
export const timeTriggerDue = (trigger: RuleTrigger, facts: TimeFacts): TimeOccurrence | null => {
  const entry = `${facts.stageId}@${facts.stageEnteredAt}`;
  switch (trigger.type) {
    case 'task_overdue':
      return facts.task && facts.task.doneAt === null
        ? { dueAt: facts.task.dueAt, occurrence: `overdue@${facts.task.dueAt}` }
        : null;
    case 'sla_breached': {
      if (facts.status !== 'open' || facts.slaHours === null) return null;
      const dueAt = facts.stageEnteredAt + facts.slaHours * HOUR_MS;
      if (facts.firstTouchAt !== null && facts.firstTouchAt <= dueAt) return null;
      return { dueAt, occurrence: `sla:${entry}` };
    }
    case 'deal_rotting':
      // isRotting: strictly past rot days in whole days, i.e. from rot days + 1 days in the stage.
      return facts.status === 'open' && facts.rotDays !== null
        ? { dueAt: facts.stageEnteredAt + (facts.rotDays + 1) * DAY_MS, occurrence: `rot:${entry}` }
        : null;
    case 'before_close':
      return facts.status === 'open' && facts.expectedCloseOn !== null
        ? {
            dueAt: daysBefore(facts.expectedCloseOn, trigger.days, facts.timeZone),
            occurrence: `close:${facts.expectedCloseOn}-${trigger.days}d`,
          }
        : null;
    case 'after_win':
      return facts.status === 'won' && facts.wonAt !== null
        ? {
            dueAt: addMonths(new TZDate(facts.wonAt, facts.timeZone), trigger.months).getTime(),
            occurrence: `win@${facts.wonAt}+${trigger.months}m`,
          }
        : null;
    case 'no_contact': {
      // Quiet since the last contact (or since it became a customer): once per quiet spell.
      const customer = facts.customer;
      if (!customer || (customer.status !== 'onboarding' && customer.status !== 'active')) return null;
      const quietSince = customer.lastContactAt ?? customer.sinceAt;
      return { dueAt: quietSince + trigger.days * DAY_MS, occurrence: `quiet@${quietSince}+${trigger.days}d` };
    }
    default:
      return null;
  }
};
