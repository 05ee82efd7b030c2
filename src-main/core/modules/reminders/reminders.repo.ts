import type { Reminder } from '@shared/contract/schemas/reminders';
import type { Db } from '../../db/Db';
import { prepare, selectAll } from '../../db/sql';
import type { ReminderDelivery } from './reminderState';

/** Whose reminders: a user's tasks, or (no user chosen yet, `userKey` '') everyone's, as My day shows them. */
export type ReminderScope = { ownerId: string | null; userKey: string };

export type ReminderCandidate = Omit<Reminder, 'overdue'> & ReminderDelivery;

/** The scope of the user acting on this device (settings `user.currentId`). */
export const reminderScope = (actorId: string | null): ReminderScope => ({ ownerId: actorId, userKey: actorId ?? '' });

/**
 * Open tasks in `scope` due at or before `until`, each with what this device recorded of its
 * reminder at its current due time (a rescheduled task finds no record: it reminds again). Done
 * and deleted tasks are never candidates. Soonest first.
 */
export const reminderCandidates = (db: Db, scope: ReminderScope, until: number): ReminderCandidate[] => {
  let query = db.q
    .selectFrom('activities as a')
    .leftJoin('deals as d', 'd.id', 'a.deal_id')
    .leftJoin('reminder_deliveries as r', (join) =>
      join.onRef('r.task_id', '=', 'a.id').onRef('r.due_at', '=', 'a.due_at').on('r.user_id', '=', scope.userKey),
    )
    .select([
      'a.id as taskId',
      'a.due_at as dueAt',
      'a.subject as subject',
      'a.deal_id as dealId',
      'd.title as dealTitle',
      'a.company_id as companyId',
      'a.contact_id as contactId',
      'r.delivered_at as deliveredAt',
      'r.snoozed_until as snoozedUntil',
      'r.dismissed_at as dismissedAt',
    ])
    .where('a.deleted_at', 'is', null)
    .where('a.done_at', 'is', null)
    .where('a.due_at', 'is not', null)
    .where('a.due_at', '<=', until);
  if (scope.ownerId !== null) query = query.where('a.owner_id', '=', scope.ownerId);
  return selectAll(db, query.orderBy('a.due_at').orderBy('a.id')) as ReminderCandidate[];
};

type Key = { taskId: string; dueAt: number };

const UPSERT = `INSERT INTO reminder_deliveries (task_id, due_at, user_id, delivered_at, snoozed_until, dismissed_at)
  VALUES (@taskId, @dueAt, @userKey, @now, @snoozedUntil, @dismissedAt)
  ON CONFLICT (task_id, due_at, user_id) DO UPDATE SET `;

/** Records that a reminder was delivered at `now` (again, after a snooze). */
export const markDelivered = (db: Db, userKey: string, key: Key, now: number): void => {
  prepare(db, `${UPSERT} delivered_at = excluded.delivered_at`).run({
    ...key,
    userKey,
    now,
    snoozedUntil: null,
    dismissedAt: null,
  });
};

/** Puts a reminder away until `until`; one never delivered counts as delivered now (it was on the bell). */
export const markSnoozed = (db: Db, userKey: string, key: Key, now: number, until: number): void => {
  prepare(db, `${UPSERT} snoozed_until = excluded.snoozed_until`).run({
    ...key,
    userKey,
    now,
    snoozedUntil: until,
    dismissedAt: null,
  });
};

/** Ends a reminder for this due time, on this device, for good. */
export const markDismissed = (db: Db, userKey: string, key: Key, now: number): void => {
  prepare(db, `${UPSERT} dismissed_at = excluded.dismissed_at`).run({
    ...key,
    userKey,
    now,
    snoozedUntil: null,
    dismissedAt: now,
  });
};

/**
 * Deletes the delivery records no reminder can need: those of tasks done, deleted or gone (synced
 * away), and those of an earlier due time (the task was rescheduled) last touched before `cutoff`.
 * The record of an open task at its current due time always stays, however old: without it the
 * task would fire again. Returns how many went.
 */
export const pruneDeliveries = (db: Db, cutoff: number): number =>
  prepare(
    db,
    `DELETE FROM reminder_deliveries
      WHERE NOT EXISTS (
        SELECT 1 FROM activities AS a
         WHERE a.id = reminder_deliveries.task_id
           AND a.deleted_at IS NULL
           AND a.done_at IS NULL
           AND (a.due_at = reminder_deliveries.due_at
             OR max(reminder_deliveries.delivered_at, coalesce(reminder_deliveries.snoozed_until, 0),
                    coalesce(reminder_deliveries.dismissed_at, 0)) >= @cutoff))`,
  ).run({ cutoff }).changes;
