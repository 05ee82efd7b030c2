import type { Activity, ActivityRow } from '@shared/contract/schemas/activities';
import { sql } from 'kysely';
import type { Db } from '../../db/Db';
import type { ActivitiesTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';

export const toActivity = (row: ActivitiesTable): Activity => ({
  id: row.id,
  type: row.type,
  direction: row.direction,
  outcome: row.outcome,
  durationSec: row.duration_sec,
  amountMinor: row.amount_minor,
  currency: row.currency,
  fileRef: row.file_ref,
  contentKind: row.content_kind,
  engagement: row.engagement,
  subject: row.subject,
  body: row.body,
  dealId: row.deal_id,
  companyId: row.company_id,
  contactId: row.contact_id,
  ownerId: row.owner_id,
  dueAt: row.due_at,
  doneAt: row.done_at,
  reviewScore: row.review_score,
  reviewComment: row.review_comment,
  reviewedBy: row.reviewed_by,
  reviewedAt: row.reviewed_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

/** Tombstoned too: history, undo and `activities.restore` read it. */
export const findActivityRow = (db: Db, id: string): ActivitiesTable | undefined =>
  selectFirst(db, db.q.selectFrom('activities').selectAll().where('id', '=', id));

/** The deal's done activities, tombstoned ones too (the first-touch rule decides what counts). */
export const dealDoneActivities = (db: Db, dealId: string): ActivitiesTable[] =>
  selectAll(
    db,
    db.q.selectFrom('activities').selectAll().where('deal_id', '=', dealId).where('done_at', 'is not', null),
  );

type RowWithNames = ActivitiesTable & {
  deal_title: string | null;
  company_name: string | null;
  contact_name: string | null;
  owner_name: string | null;
  rule_name: string | null;
};

export const toActivityRow = (row: RowWithNames): ActivityRow => ({
  ...toActivity(row),
  dealTitle: row.deal_title,
  companyName: row.company_name,
  contactName: row.contact_name,
  ownerName: row.owner_name,
  ruleName: row.rule_name,
});

const withNames = (db: Db) =>
  db.q
    .selectFrom('activities as a')
    .leftJoin('deals as d', 'd.id', 'a.deal_id')
    .leftJoin('companies as c', 'c.id', 'a.company_id')
    .leftJoin('contacts as k', 'k.id', 'a.contact_id')
    .leftJoin('users as u', 'u.id', 'a.owner_id')
    .leftJoin('automation_rules as r', 'r.id', 'a.rule_id')
    .selectAll('a')
    .select([
      'd.title as deal_title',
      'c.name as company_name',
      'k.name as contact_name',
      'u.name as owner_name',
      'r.name as rule_name',
    ])
    .where('a.deleted_at', 'is', null);

type OwnerScope = { ownerId: string | null };

/** Open tasks due in [from, to), soonest first; `ownerId` null: everyone's. */
export const openTasksDue = (
  db: Db,
  scope: OwnerScope,
  from: number | null,
  to: number | null,
  limit: number,
): ActivityRow[] => {
  let query = withNames(db).where('a.done_at', 'is', null).where('a.due_at', 'is not', null);
  if (scope.ownerId !== null) query = query.where('a.owner_id', '=', scope.ownerId);
  if (from !== null) query = query.where('a.due_at', '>=', from);
  if (to !== null) query = query.where('a.due_at', '<', to);
  return selectAll(db, query.orderBy('a.due_at').orderBy('a.id').limit(limit)).map(toActivityRow);
};

/** Activities done in [from, to), newest first. */
export const doneBetween = (db: Db, scope: OwnerScope, from: number, to: number, limit: number): ActivityRow[] => {
  let query = withNames(db).where('a.done_at', '>=', from).where('a.done_at', '<', to);
  if (scope.ownerId !== null) query = query.where('a.owner_id', '=', scope.ownerId);
  return selectAll(db, query.orderBy('a.done_at', 'desc').orderBy('a.id', 'desc').limit(limit)).map(toActivityRow);
};

/** The deal's open tasks, soonest first (the drawer's next steps). */
export const dealOpenTasks = (db: Db, dealId: string): ActivityRow[] =>
  selectAll(
    db,
    withNames(db)
      .where('a.deal_id', '=', dealId)
      .where('a.done_at', 'is', null)
      .where('a.due_at', 'is not', null)
      .orderBy('a.due_at')
      .orderBy('a.id'),
  ).map(toActivityRow);

export const contactCompanyId = (db: Db, contactId: string): string | null =>
  selectFirst(db, db.q.selectFrom('contacts').select('company_id').where('id', '=', contactId))?.company_id ?? null;

/** Live row check for a link (deal, company, contact). */
export const isLive = (db: Db, table: 'deals' | 'companies' | 'contacts', id: string): boolean =>
  selectFirst(
    db,
    db.q
      .selectFrom(table)
      .select(sql<number>`1`.as('one'))
      .where('id', '=', id)
      .where('deleted_at', 'is', null),
  ) !== undefined;
