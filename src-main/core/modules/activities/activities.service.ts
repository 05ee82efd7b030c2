import type {
  Activity,
  ActivityCompleteInput,
  ActivityPatch,
  ActivityReviewInput,
  activityLogInputSchema,
  activityPlanInputSchema,
} from '@shared/contract/schemas/activities';
import type { FieldIssueReason } from '@shared/contract/schemas/fields';
import { fieldIssue } from '@shared/contract/schemas/fields';
import { activityDetailIssues } from '@shared/domain/activities/activityDetailIssues';
import { detailsForeignTo } from '@shared/domain/activities/detailsForeignTo';
import { fillActivityLinks } from '@shared/domain/activities/fillActivityLinks';
import { reviewRefusal } from '@shared/domain/activities/reviewRefusal';
import { v7 as uuidv7 } from 'uuid';
import { ZodError, type z } from 'zod';
import type { RowValues } from '../../changes/ChangeWriter';
import { patchToColumns } from '../../changes/patchToColumns';
import { conflictError } from '../../conflictError';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { ActivitiesTable } from '../../db/schema';
import { findDealRow } from '../deals/deals.repo';
import { notFound } from '../pipelines/notFound';
import { checkOwner } from '../users/checkOwner';
import { findUserRow } from '../users/users.repo';
import { contactCompanyId, findActivityRow, isLive, toActivity } from './activities.repo';

type LogInput = z.output<typeof activityLogInputSchema>;
type PlanInput = z.output<typeof activityPlanInputSchema>;

/** A logged time may run a minute ahead (two devices' clocks); later is a plan, not a log. */
const FUTURE_SLACK_MS = 60_000;

const PATCH_COLUMNS: Record<keyof ActivityPatch, string> = {
  type: 'type',
  direction: 'direction',
  outcome: 'outcome',
  durationSec: 'duration_sec',
  amountMinor: 'amount_minor',
  currency: 'currency',
  fileRef: 'file_ref',
  contentKind: 'content_kind',
  engagement: 'engagement',
  subject: 'subject',
  body: 'body',
  dealId: 'deal_id',
  companyId: 'company_id',
  contactId: 'contact_id',
  ownerId: 'owner_id',
  dueAt: 'due_at',
  doneAt: 'done_at',
};

type Issue = { path: (string | number)[]; reason: FieldIssueReason; message: string };

const throwIssues = (issues: readonly Issue[]): void => {
  if (issues.length === 0) return;
  throw new ZodError(issues.map((issue) => ({ ...fieldIssue(issue.reason, issue.message), path: issue.path })));
};

/** The row's details fit its type (no outcome on a note, a proposal's amount has a currency). */
const checkDetails = (values: Activity, path: readonly string[]): void =>
  throwIssues(
    activityDetailIssues(values).map((issue) => ({
      path: [...path, issue.field],
      reason: issue.reason,
      message:
        issue.reason === 'currency_required'
          ? 'An amount needs its currency'
          : `A ${values.type} has no ${issue.field}`,
    })),
  );

const checkLinks = (db: Db, links: Pick<Activity, 'dealId' | 'companyId' | 'contactId'>, path: readonly string[]) => {
  const issues: Issue[] = [];
  if (links.dealId !== null && !isLive(db, 'deals', links.dealId)) {
    issues.push({ path: [...path, 'dealId'], reason: 'deal_not_found', message: 'The deal does not exist' });
  }
  if (links.companyId !== null && !isLive(db, 'companies', links.companyId)) {
    issues.push({ path: [...path, 'companyId'], reason: 'company_not_found', message: 'The company does not exist' });
  }
  if (links.contactId !== null && !isLive(db, 'contacts', links.contactId)) {
    issues.push({ path: [...path, 'contactId'], reason: 'contact_not_found', message: 'The contact does not exist' });
  }
  throwIssues(issues);
};

const checkNotFuture = (doneAt: number | null, now: number, path: readonly string[]): void => {
  if (doneAt !== null && doneAt > now + FUTURE_SLACK_MS) {
    throwIssues([{ path: [...path], reason: 'done_in_future', message: 'A done activity cannot be in the future' }]);
  }
};

const toRow = (activity: Activity): RowValues & { id: string } => ({
  id: activity.id,
  type: activity.type,
  direction: activity.direction,
  outcome: activity.outcome,
  duration_sec: activity.durationSec,
  amount_minor: activity.amountMinor,
  currency: activity.currency,
  file_ref: activity.fileRef,
  content_kind: activity.contentKind,
  engagement: activity.engagement,
  subject: activity.subject,
  body: activity.body,
  deal_id: activity.dealId,
  company_id: activity.companyId,
  contact_id: activity.contactId,
  owner_id: activity.ownerId,
  due_at: activity.dueAt,
  done_at: activity.doneAt,
  review_score: activity.reviewScore,
  review_comment: activity.reviewComment,
  reviewed_by: activity.reviewedBy,
  reviewed_at: activity.reviewedAt,
  created_at: activity.createdAt,
  updated_at: activity.updatedAt,
  deleted_at: activity.deletedAt,
});

const linksFromContext = (db: Db, given: Pick<LogInput, 'dealId' | 'companyId' | 'contactId'>) => {
  const deal = given.dealId ? findDealRow(db, given.dealId) : undefined;
  return fillActivityLinks(
    given,
    deal ? { companyId: deal.company_id, contactId: deal.contact_id } : null,
    (contactId) => contactCompanyId(db, contactId),
  );
};

/** Outbound is the default for calls and e-mails: most of what a rep logs is reaching out. */
const defaultDirection = (type: Activity['type']): Activity['direction'] =>
  type === 'call' || type === 'email' ? 'outbound' : null;

const newActivity = (ctx: HandlerContext, input: LogInput | PlanInput, now: number): Activity => {
  const type = input.type ?? 'task';
  return {
    id: uuidv7(),
    type,
    direction: input.direction === undefined ? defaultDirection(type) : input.direction,
    outcome: input.outcome ?? null,
    durationSec: input.durationSec ?? null,
    amountMinor: input.amountMinor ?? null,
    currency: input.currency ?? null,
    fileRef: input.fileRef ?? null,
    contentKind: input.contentKind ?? null,
    engagement: input.engagement ?? null,
    subject: input.subject ?? '',
    body: input.body ?? null,
    ...linksFromContext(ctx.db, input),
    ownerId: input.ownerId === undefined ? ctx.actorId() : input.ownerId,
    dueAt: null,
    doneAt: null,
    reviewScore: null,
    reviewComment: null,
    reviewedBy: null,
    reviewedAt: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
};

const insertChecked = (
  ctx: HandlerContext,
  activity: Activity,
  writer: Parameters<Parameters<HandlerContext['write']>[0]>[0],
) => {
  checkDetails(activity, []);
  checkLinks(ctx.db, activity, []);
  checkOwner(ctx.db, ['ownerId'], activity.ownerId);
  writer.insert('activities', toRow(activity));
};

export const getActivity = (db: Db, id: string): Activity => {
  const row = findActivityRow(db, id);
  if (!row) throw notFound('activity', id);
  return toActivity(row);
};

/** Logs something that happened (now, or back-dated). */
export const logActivity = (ctx: HandlerContext, input: LogInput): Activity => {
  const activity = ctx.write((writer, now) => {
    const doneAt = input.doneAt ?? now;
    checkNotFuture(doneAt, now, ['doneAt']);
    const draft = { ...newActivity(ctx, input, now), doneAt };
    insertChecked(ctx, draft, writer);
    return draft;
  });
  return getActivity(ctx.db, activity.id);
};

/** Plans a task: a next step due at a time, for its assignee (the current user by default). */
export const planTask = (ctx: HandlerContext, input: PlanInput): Activity => {
  const activity = ctx.write((writer, now) => {
    const draft = { ...newActivity(ctx, input, now), dueAt: input.dueAt };
    insertChecked(ctx, draft, writer);
    return draft;
  });
  return getActivity(ctx.db, activity.id);
};

const requireLive = (db: Db, id: string): ActivitiesTable => {
  const row = findActivityRow(db, id);
  if (!row || row.deleted_at !== null) throw notFound('activity', id);
  return row;
};

/**
 * Edits, reschedules (dueAt), reassigns (ownerId) or re-dates (doneAt). A type change clears the
 * details the new type does not have; each changed column is one change-log message.
 */
export const updateActivity = (ctx: HandlerContext, id: string, patch: ActivityPatch): Activity => {
  ctx.write((writer, now) => {
    const current = requireLive(ctx.db, id);
    const cleared = patch.type !== undefined && patch.type !== current.type ? detailsForeignTo(patch.type) : {};
    const merged: Activity = { ...toActivity(current), ...cleared, ...definedOnly(patch) };
    checkDetails(merged, ['patch']);
    if (patch.doneAt !== undefined && patch.doneAt !== current.done_at)
      checkNotFuture(merged.doneAt, now, ['patch', 'doneAt']);
    if (patch.dealId !== undefined || patch.companyId !== undefined || patch.contactId !== undefined) {
      checkLinks(ctx.db, merged, ['patch']);
    }
    if (patch.ownerId !== undefined && patch.ownerId !== current.owner_id) {
      checkOwner(ctx.db, ['patch', 'ownerId'], patch.ownerId);
    }
    writer.update('activities', id, patchToColumns({ ...cleared, ...definedOnly(patch) }, PATCH_COLUMNS), current);
  });
  return getActivity(ctx.db, id);
};

const definedOnly = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;

/**
 * Completes a task, optionally logging what did it in the same write: the task row takes the
 * logged type, details and notes and its done time, so the work counts once.
 */
export const completeTask = (ctx: HandlerContext, input: ActivityCompleteInput): Activity => {
  ctx.write((writer, now) => {
    const current = requireLive(ctx.db, input.id);
    if (current.due_at === null) throw conflictError('not_a_task', 'The activity is not a task');
    if (current.done_at !== null) throw conflictError('task_done', 'The task is already done');
    const doneAt = input.doneAt ?? now;
    checkNotFuture(doneAt, now, ['doneAt']);
    const log = definedOnly(input.log ?? {});
    const type = log.type ?? current.type;
    const cleared = type !== current.type ? detailsForeignTo(type) : {};
    const direction = log.direction === undefined && type !== current.type ? defaultDirection(type) : undefined;
    const patch = { ...cleared, ...(direction === undefined ? {} : { direction }), ...log, doneAt };
    checkDetails({ ...toActivity(current), ...patch } as Activity, ['log']);
    writer.update('activities', input.id, patchToColumns(patch, PATCH_COLUMNS), current);
  });
  return getActivity(ctx.db, input.id);
};

/** Undoes a completion: the task is open again (its logged details stay for the next try). */
export const reopenTask = (ctx: HandlerContext, id: string): Activity => {
  ctx.write((writer) => {
    const current = requireLive(ctx.db, id);
    if (current.due_at === null) throw conflictError('not_a_task', 'The activity is not a task');
    writer.update('activities', id, { done_at: null }, current);
  });
  return getActivity(ctx.db, id);
};

/** Tombstone: the row stays (history, sync, undo) and leaves every list and the first touch. */
export const setActivityDeleted = (ctx: HandlerContext, id: string, deleted: boolean): Activity => {
  ctx.write((writer, now) => {
    const current = findActivityRow(ctx.db, id);
    if (!current) throw notFound('activity', id);
    if (deleted !== (current.deleted_at !== null)) {
      writer.update('activities', id, { deleted_at: deleted ? now : null }, current);
    }
  });
  return getActivity(ctx.db, id);
};

/**
 * A manager's quality review: a 1–5 score and a comment on a done presentation, demo, proposal or
 * meeting, recorded with who reviewed and when; a later review replaces it, a null score removes it.
 */
export const reviewActivity = (ctx: HandlerContext, input: ActivityReviewInput): Activity => {
  ctx.write((writer, now) => {
    const current = requireLive(ctx.db, input.id);
    const actorId = ctx.actorId();
    const reviewer = actorId === null ? undefined : findUserRow(ctx.db, actorId);
    const refusal = reviewRefusal(toActivity(current), reviewer?.active ? reviewer.role : null);
    if (refusal === 'not_a_manager') throw new DomainError('FORBIDDEN', 'Only a manager reviews activities');
    if (refusal === 'not_reviewable') throw conflictError('not_reviewable', `A ${current.type} is not reviewed`);
    if (refusal === 'not_done') throw conflictError('review_not_done', 'The activity has not happened yet');
    const reviewed = input.score !== null;
    writer.update(
      'activities',
      input.id,
      {
        review_score: input.score,
        review_comment: reviewed ? (input.comment ?? null) : null,
        reviewed_by: reviewed ? actorId : null,
        reviewed_at: reviewed ? now : null,
      },
      current,
    );
  });
  return getActivity(ctx.db, input.id);
};
