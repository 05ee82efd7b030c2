import type { Activity, ActivityRow } from '@shared/contract/schemas/activities';
import type { Db } from '../../db/Db';
import type { ActivitiesTable } from '../../db/schema';
import { prepare, selectAll, selectFirst } from '../../db/sql';

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

/** An activity's columns (`a`) under the contract's names: rows come out of SQLite as `Activity`s. */
export const ACTIVITY_COLUMNS = `a.id, a.type, a.direction, a.outcome, a.duration_sec AS durationSec,
  a.amount_minor AS amountMinor, a.currency, a.file_ref AS fileRef, a.content_kind AS contentKind, a.engagement,
  a.subject, a.body, a.deal_id AS dealId, a.company_id AS companyId, a.contact_id AS contactId,
  a.owner_id AS ownerId, a.due_at AS dueAt, a.done_at AS doneAt, a.review_score AS reviewScore,
  a.review_comment AS reviewComment, a.reviewed_by AS reviewedBy, a.reviewed_at AS reviewedAt,
  a.created_at AS createdAt, a.updated_at AS updatedAt, a.deleted_at AS deletedAt`;

/**
 * An `Activity` from a row of `ACTIVITY_COLUMNS` read as an array (`statement.raw()`), cells in
 * that order from `first`: an object literal costs about half of better-sqlite3's row object.
 */
export const activityFromCells = (cells: readonly unknown[], first = 0): Activity =>
  ({
    id: cells[first],
    type: cells[first + 1],
    direction: cells[first + 2],
    outcome: cells[first + 3],
    durationSec: cells[first + 4],
    amountMinor: cells[first + 5],
    currency: cells[first + 6],
    fileRef: cells[first + 7],
    contentKind: cells[first + 8],
    engagement: cells[first + 9],
    subject: cells[first + 10],
    body: cells[first + 11],
    dealId: cells[first + 12],
    companyId: cells[first + 13],
    contactId: cells[first + 14],
    ownerId: cells[first + 15],
    dueAt: cells[first + 16],
    doneAt: cells[first + 17],
    reviewScore: cells[first + 18],
    reviewComment: cells[first + 19],
    reviewedBy: cells[first + 20],
    reviewedAt: cells[first + 21],
    createdAt: cells[first + 22],
    updatedAt: cells[first + 23],
    deletedAt: cells[first + 24],
  }) as Activity;

/**
 * An `ActivityRow`'s columns: the activity's with the names of what it links to, so rows need no
 * copy per row in JavaScript (My day reads ~600).
 */
export const ACTIVITY_ROW_COLUMNS = `${ACTIVITY_COLUMNS},
  d.title AS dealTitle, c.name AS companyName, k.name AS contactName, u.name AS ownerName, r.name AS ruleName`;

/** An `ActivityRow` from a row of `ACTIVITY_ROW_COLUMNS` read as an array (as activityFromCells). */
export const activityRowFromCells = (cells: readonly unknown[]): ActivityRow => {
  const row = activityFromCells(cells) as ActivityRow;
  row.dealTitle = cells[25] as string | null;
  row.companyName = cells[26] as string | null;
  row.contactName = cells[27] as string | null;
  row.ownerName = cells[28] as string | null;
  row.ruleName = cells[29] as string | null;
  return row;
};

/** The joins `ACTIVITY_ROW_COLUMNS` reads the names through (`a` is the activity). */
export const ACTIVITY_ROW_JOINS = `LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id
  LEFT JOIN contacts k ON k.id = a.contact_id LEFT JOIN users u ON u.id = a.owner_id
  LEFT JOIN automation_rules r ON r.id = a.rule_id`;

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

const IS_LIVE = {
  deals: 'SELECT 1 FROM deals WHERE id = ? AND deleted_at IS NULL',
  companies: 'SELECT 1 FROM companies WHERE id = ? AND deleted_at IS NULL',
  contacts: 'SELECT 1 FROM contacts WHERE id = ? AND deleted_at IS NULL',
} as const;

/** Live row check for a link (deal, company, contact); one prepared statement per table. */
export const isLive = (db: Db, table: keyof typeof IS_LIVE, id: string): boolean =>
  prepare(db, IS_LIVE[table]).get(id) !== undefined;
