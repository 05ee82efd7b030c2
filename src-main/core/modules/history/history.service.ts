import type { DealHistory, TimelineEntryOut } from '@shared/contract/schemas/history';
import {
  camelCaseColumn,
  deriveCheckEvents,
  deriveFieldChanges,
  type FieldChange,
  mergeTimelineWithHlc,
  type TimelineEntry,
} from '@shared/domain/fieldHistory';
import { orderByTimeThenHlc } from '@shared/domain/activities/orderByTimeThenHlc';
import { formatHlc } from '@shared/domain/hlc';
import { dealTimelineActivities, toActivity } from '../activities/activities.repo';
import type { Db } from '../../db/Db';
import { findDealRow } from '../deals/deals.repo';
import { notFound } from '../pipelines/notFound';
import { NOT_FIELD_EDITS, UNSET_AT_CREATION } from './dealHistoryColumns';
import { checkLogMessages, dealLogMessages, type RefKind, refRows, transitionRecords } from './history.repo';

/** Field columns whose values are ids: the timeline ships their names in `refs`. */
const REF_COLUMNS: Readonly<Record<string, RefKind>> = {
  owner_id: 'user',
  company_id: 'company',
  contact_id: 'contact',
  bant_authority_contact_id: 'contact',
  source_id: 'leadSource',
  campaign_id: 'campaign',
  loss_reason_id: 'lossReason',
};

type RefIds = Map<RefKind, Set<string>>;

const addRef = (refs: RefIds, kind: RefKind, id: unknown): void => {
  if (typeof id !== 'string') return;
  const ids = refs.get(kind) ?? new Set<string>();
  ids.add(id);
  refs.set(kind, ids);
};

const collectRefIds = (entries: readonly TimelineEntry[], fields: readonly FieldChange[]) => {
  const refs: RefIds = new Map();
  for (const entry of entries) {
    addRef(refs, 'user', entry.actorId);
    if (entry.kind === 'created') addRef(refs, 'stage', entry.stageId);
    if (entry.kind === 'stage') {
      addRef(refs, 'stage', entry.fromStageId);
      addRef(refs, 'stage', entry.toStageId);
    }
    if (entry.kind === 'check') addRef(refs, 'controlPoint', entry.controlPointId);
  }
  for (const change of fields) {
    const kind = REF_COLUMNS[change.col];
    if (kind) {
      addRef(refs, kind, change.oldValue);
      addRef(refs, kind, change.newValue);
    }
  }
  return refs;
};

type Ordered = { hlc: string; at: number; entry: TimelineEntry | Extract<TimelineEntryOut, { kind: 'activity' }> };

/** The deal's done activities, each at the time it happened (never after `now`). */
const activityItems = (db: Db, dealId: string, now: number): Ordered[] =>
  dealTimelineActivities(db, dealId).map((row) => {
    const at = Math.min(row.done_at as number, now);
    return {
      hlc: row.hlc ?? formatHlc({ millis: row.created_at, counter: 0, node: '' }),
      at,
      entry: { kind: 'activity', at, actorId: row.actor_id, actorName: null, activity: toActivity(row) },
    };
  });

/**
 * The deal's timeline: transitions (created, moved, won, lost, reopened), field edits with old →
 * new from the change log, checklist ticks and done activities, ordered by time then HLC (a
 * back-dated call lands where it happened), with who did each, dated no later than `now`.
 */
export const dealHistory = (db: Db, dealId: string, now: number): DealHistory => {
  if (!findDealRow(db, dealId)) throw notFound('deal', dealId);
  const fieldChanges = deriveFieldChanges(dealLogMessages(db, dealId), NOT_FIELD_EDITS, UNSET_AT_CREATION);
  const history = mergeTimelineWithHlc({
    transitions: transitionRecords(db, dealId),
    fieldChanges,
    checkEvents: deriveCheckEvents(checkLogMessages(db, dealId)),
    controlPointOf: (rowId) => rowId.slice(dealId.length + 1),
    fieldName: camelCaseColumn,
    now,
  });
  const timeline = orderByTimeThenHlc([...history, ...activityItems(db, dealId, now)]).map((item) => item.entry);

  const refs: DealHistory['refs'] = {};
  const refIds = collectRefIds(
    history.map((item) => item.entry),
    fieldChanges,
  );
  for (const entry of timeline) {
    if (entry.kind === 'activity') {
      addRef(refIds, 'user', entry.actorId);
      addRef(refIds, 'user', entry.activity.ownerId);
      addRef(refIds, 'contact', entry.activity.contactId);
    }
  }
  for (const [kind, ids] of refIds) {
    for (const row of refRows(db, kind, [...ids])) {
      refs[row.id] = { kind, name: row.name, defaultKey: row.default_key };
    }
  }
  const entries = timeline.map((entry): TimelineEntryOut => ({
    ...entry,
    actorName: entry.actorId === null ? null : (refs[entry.actorId]?.name ?? null),
  }));
  return { dealId, entries, refs };
};
