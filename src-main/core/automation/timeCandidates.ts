import type { RuleTrigger } from '@shared/contract/schemas/automation';
import { outboundTouchSql } from '@shared/domain/activities/outboundTouchSql';
import { calendarDateInZone } from '@shared/domain/calendarDate';
import { addDays, subMonths } from 'date-fns';
import type { Db } from '../db/Db';
import type { DealsTable } from '../db/schema';
import { prepare } from '../db/sql';
import { lastContactSql } from '../modules/customers/customers.repo';

/** A deal the scan looks at, with its stage's clocks and (for overdue tasks) the task. */
export type TimeCandidate = DealsTable & {
  rot_days: number | null;
  sla_hours: number | null;
  first_touch_at: number | null;
  task_id: string | null;
  task_due_at: number | null;
  task_rule_id: string | null;
  /** `no_contact`: the customer (its company's id), its status, since when, its last contact. */
  customer_id?: string;
  customer_status?: string;
  customer_since?: number;
  last_contact_at?: number | null;
};

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Time triggers fire on the owner's device: deals of the current user, and unowned ones. */
const OWNER = '(d.owner_id = @actor OR d.owner_id IS NULL OR @actor IS NULL)';
/** The deal's first touch, by the rule of the board cards and the leads inbox (`dealFirstTouchSql`). */
const FIRST_TOUCH = `(SELECT min(a.done_at) FROM activities a WHERE a.deal_id = d.id AND a.deleted_at IS NULL
  AND a.done_at IS NOT NULL AND ${outboundTouchSql('a')})`;
const DEAL_COLUMNS = `d.*, s.rot_days, s.sla_hours, NULL AS task_id, NULL AS task_due_at, NULL AS task_rule_id`;

const SQL = {
  task_overdue: `SELECT d.*, s.rot_days, s.sla_hours, NULL AS first_touch_at, t.id AS task_id, t.due_at AS task_due_at,
      t.rule_id AS task_rule_id
    FROM activities t JOIN deals d ON d.id = t.deal_id JOIN stages s ON s.id = d.stage_id
    WHERE t.done_at IS NULL AND t.deleted_at IS NULL AND t.due_at > @from AND t.due_at <= @to
      AND d.deleted_at IS NULL AND (t.owner_id = @actor OR t.owner_id IS NULL OR @actor IS NULL)`,
  sla_breached: `SELECT ${DEAL_COLUMNS}, ${FIRST_TOUCH} AS first_touch_at
    FROM deals d JOIN stages s ON s.id = d.stage_id
    WHERE d.status = 'open' AND d.deleted_at IS NULL AND s.sla_hours IS NOT NULL
      AND d.stage_entered_at + s.sla_hours * ${HOUR} > @from AND d.stage_entered_at + s.sla_hours * ${HOUR} <= @to
      AND ${OWNER}`,
  deal_rotting: `SELECT ${DEAL_COLUMNS}, NULL AS first_touch_at
    FROM deals d JOIN stages s ON s.id = d.stage_id
    WHERE d.status = 'open' AND d.deleted_at IS NULL AND s.rot_days IS NOT NULL
      AND d.stage_entered_at + (s.rot_days + 1) * ${DAY} > @from AND d.stage_entered_at + (s.rot_days + 1) * ${DAY} <= @to
      AND ${OWNER}`,
  before_close: `SELECT ${DEAL_COLUMNS}, NULL AS first_touch_at
    FROM deals d JOIN stages s ON s.id = d.stage_id
    WHERE d.status = 'open' AND d.deleted_at IS NULL AND d.expected_close_on BETWEEN @fromDate AND @toDate AND ${OWNER}`,
  after_win: `SELECT ${DEAL_COLUMNS}, NULL AS first_touch_at
    FROM deals d JOIN stages s ON s.id = d.stage_id
    WHERE d.status = 'won' AND d.deleted_at IS NULL AND d.won_at > @wonFrom AND d.won_at <= @wonTo AND ${OWNER}`,
  // Every current customer on its latest won deal: when it falls quiet depends on its last contact.
  no_contact: `SELECT ${DEAL_COLUMNS}, NULL AS first_touch_at, cu.id AS customer_id, cu.status AS customer_status,
      cu.since_at AS customer_since, ${lastContactSql('cu.id')} AS last_contact_at
    FROM customers cu
    JOIN deals d ON d.id = (SELECT w.id FROM deals w WHERE w.company_id = cu.id AND w.status = 'won'
      AND w.deleted_at IS NULL ORDER BY w.won_at DESC, w.id DESC LIMIT 1)
    JOIN stages s ON s.id = d.stage_id
    WHERE cu.deleted_at IS NULL AND cu.status IN ('onboarding', 'active') AND ${OWNER}`,
} as const;

/**
 * Records whose time trigger may have fallen due in (from, to]: a superset the scan narrows with
 * `timeTriggerDue` (date windows are widened by a day or two for time zones and month lengths).
 */
export const timeCandidates = (
  db: Db,
  trigger: RuleTrigger,
  window: { from: number; to: number; actorId: string | null; timeZone: string },
): TimeCandidate[] => {
  const base = { from: window.from, to: window.to, actor: window.actorId };
  switch (trigger.type) {
    case 'task_overdue':
    case 'sla_breached':
    case 'deal_rotting':
      return prepare(db, SQL[trigger.type]).all(base) as TimeCandidate[];
    case 'before_close':
      return prepare(db, SQL.before_close).all({
        actor: window.actorId,
        fromDate: calendarDateInZone(addDays(window.from, trigger.days - 1).getTime(), window.timeZone),
        toDate: calendarDateInZone(addDays(window.to, trigger.days + 1).getTime(), window.timeZone),
      }) as TimeCandidate[];
    case 'after_win':
      return prepare(db, SQL.after_win).all({
        actor: window.actorId,
        wonFrom: subMonths(window.from, trigger.months).getTime() - 2 * DAY,
        wonTo: subMonths(window.to, trigger.months).getTime() + 2 * DAY,
      }) as TimeCandidate[];
    case 'no_contact':
      return prepare(db, SQL.no_contact).all({ actor: window.actorId }) as TimeCandidate[];
    default:
      return [];
  }
};
