import type { Reminder, ReminderScanResult, RemindersList } from '@shared/contract/schemas/reminders';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import { transaction } from '../../db/sql';
import { findActivityRow } from '../activities/activities.repo';
import { pruneDeliveriesIfDue } from './pruneDeliveriesIfDue';
import { REMINDER_TIMING } from './reminderTiming';
import { reminderState } from './reminderState';
import {
  markDelivered,
  markDismissed,
  markSnoozed,
  type ReminderCandidate,
  reminderCandidates,
  reminderScope,
} from './reminders.repo';

/** The bell lists a screenful; the rest wait on My day. */
const LISTED = 20;

const toReminder = (candidate: ReminderCandidate, now: number): Reminder => ({
  taskId: candidate.taskId,
  dueAt: candidate.dueAt,
  subject: candidate.subject,
  dealId: candidate.dealId,
  dealTitle: candidate.dealTitle,
  companyId: candidate.companyId,
  contactId: candidate.contactId,
  overdue: candidate.dueAt < now,
});

const candidatesNow = (ctx: HandlerContext) => {
  const now = ctx.clock.now();
  const scope = reminderScope(ctx.actorId());
  return { now, scope, candidates: reminderCandidates(ctx.db, scope, now + REMINDER_TIMING.leadMs) };
};

/** The current user's reminders on the bell: due within the lead time or overdue, not put away. */
export const listReminders = (ctx: HandlerContext): RemindersList => {
  const { now, candidates } = candidatesNow(ctx);
  const shown = candidates.filter((candidate) => reminderState(candidate, now) !== 'hidden');
  return { now, reminders: shown.slice(0, LISTED).map((candidate) => toReminder(candidate, now)), total: shown.length };
};

/**
 * Delivers the current user's reminders that fell due since the last scan — those due while the
 * app was closed too, at the first scan after a start — records them (so a restart does not
 * deliver them again) and pushes them as one `reminder.due` event after the commit. At start and
 * once a day it also prunes the records no reminder needs any more.
 */
export const scanReminders = (ctx: HandlerContext): ReminderScanResult => {
  const { now, scope, candidates } = candidatesNow(ctx);
  const due = candidates.filter((candidate) => reminderState(candidate, now) === 'fire');
  const pruned = transaction(ctx.db, () => {
    for (const candidate of due) markDelivered(ctx.db, scope.userKey, candidate, now);
    return pruneDeliveriesIfDue(ctx.db, now);
  });
  if (due.length > 0) ctx.emit({ type: 'reminder.due', reminders: due.map((candidate) => toReminder(candidate, now)) });
  return { delivered: due.length, pruned, scannedAt: now };
};

type Key = { taskId: string; dueAt: number };

/** Only a reminder of an open task at its current due time can be handled (not a stale popover's). */
const assertCurrent = (ctx: HandlerContext, key: Key) => {
  const task = findActivityRow(ctx.db, key.taskId);
  if (!task || task.deleted_at !== null || task.done_at !== null || task.due_at !== key.dueAt)
    throw new DomainError('NOT_FOUND', 'No such open task at that due time');
};

/** Puts a reminder away for the snooze time; it is delivered again when that ends. */
export const snoozeReminder = (ctx: HandlerContext, key: Key): null => {
  assertCurrent(ctx, key);
  const now = ctx.clock.now();
  markSnoozed(ctx.db, reminderScope(ctx.actorId()).userKey, key, now, now + REMINDER_TIMING.snoozeMs);
  return null;
};

/** Ends a reminder for this due time; a rescheduled task reminds again. */
export const dismissReminder = (ctx: HandlerContext, key: Key): null => {
  assertCurrent(ctx, key);
  markDismissed(ctx.db, reminderScope(ctx.actorId()).userKey, key, ctx.clock.now());
  return null;
};
