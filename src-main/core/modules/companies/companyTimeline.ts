import type { CompanyTimeline, CompanyTimelineItem } from '@shared/contract/schemas/companies';
import { camelCaseColumn, deriveFieldChanges, displayTimes } from '@shared/domain/fieldHistory';
import { parseHlc } from '@shared/domain/hlc';
import { derivedColumnNames } from '../../changes/derivedColumns';
import type { Db } from '../../db/Db';
import type { ChangeLogTable } from '../../db/schema';
import {
  companyChangeMessages,
  countCompanyActivities,
  latestCompanyActivities,
  type TimelineActivityRow,
} from './companyPage.repo';

/** Columns stored only to match on (name key, domain, phone key), never edits of their own. */
const DERIVED_COLUMNS = derivedColumnNames('companies');

type Dated = { at: number; order: string; item: CompanyTimelineItem };

/**
 * The record's own history from the change log: created, each field edit, deleted / restored, in
 * HLC order and dated by `displayTimes` (never after `now`, never out of order).
 */
const historyItems = (messages: readonly ChangeLogTable[], now: number): Dated[] => {
  const first = messages[0];
  const created: Dated[] = first
    ? [
        {
          at: first.at ?? parseHlc(first.hlc).millis,
          order: first.hlc,
          item: { kind: 'created', at: first.at ?? parseHlc(first.hlc).millis, actorId: first.actor_id },
        },
      ]
    : [];
  const changes = deriveFieldChanges(
    messages.map((m) => ({ hlc: m.hlc, actorId: m.actor_id, rowId: m.row_id, col: m.col, value: m.value, at: m.at })),
    DERIVED_COLUMNS,
  );
  const items: Dated[] = [
    ...created,
    ...changes.map((change): Dated => {
      const item: CompanyTimelineItem =
        change.col === 'deleted_at'
          ? { kind: change.newValue === null ? 'restored' : 'deleted', at: change.at, actorId: change.actorId }
          : {
              kind: 'field',
              at: change.at,
              actorId: change.actorId,
              field: camelCaseColumn(change.col),
              oldValue: change.oldValue,
              newValue: change.newValue,
            };
      return { at: change.at, order: change.hlc, item };
    }),
  ];
  const times = displayTimes(
    items.map((dated) => dated.at),
    now,
  );
  return items.map((dated, index) => {
    const at = times[index] as number;
    return { ...dated, at, item: { ...dated.item, at } };
  });
};

const activityItem = (row: TimelineActivityRow): Dated => ({
  at: row.at,
  order: row.id,
  item: {
    kind: 'activity',
    at: row.at,
    id: row.id,
    type: row.type,
    direction: row.direction,
    subject: row.subject,
    body: row.body,
    dealId: row.deal_id,
    contactId: row.contact_id,
    ownerId: row.owner_id,
    dueAt: row.due_at,
    doneAt: row.done_at,
  },
});

const newestFirst = (a: Dated, b: Dated): number => b.at - a.at || (a.order < b.order ? 1 : a.order > b.order ? -1 : 0);

/**
 * One page of the company's timeline, newest first: its own history (small: one row's log) merged
 * with its activities and those of its contacts and deals, of which only the page's reach is read.
 */
export const companyTimeline = (
  db: Db,
  companyId: string,
  offset: number,
  limit: number,
  now: number,
): CompanyTimeline => {
  const history = historyItems(companyChangeMessages(db, companyId), now);
  const activities = latestCompanyActivities(db, companyId, offset + limit).map(activityItem);
  const items = [...history, ...activities]
    .sort(newestFirst)
    .slice(offset, offset + limit)
    .map((dated) => dated.item);
  return { items, total: history.length + countCompanyActivities(db, companyId) };
};
