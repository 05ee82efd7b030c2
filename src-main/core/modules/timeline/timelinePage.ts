import type { REF_KINDS } from '@shared/contract/schemas/history';
import {
  TIMELINE_TYPES,
  type TimelinePage,
  type TimelinePageEntry,
  type timelinePageInputSchema,
} from '@shared/contract/schemas/timeline';
import type { CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import type { CustomValue } from '@shared/domain/customFields/CustomValue';
import { fromStoredCustomValue } from '@shared/domain/customFields/fromStoredCustomValue';
import { camelCaseColumn, type JsonScalar } from '@shared/domain/fieldHistory';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { isLive } from '../activities/activities.repo';
import { notFound } from '../pipelines/notFound';
import { type TimelineRow, timelineRows } from './timelineRows';

type Input = z.output<typeof timelinePageInputSchema>;
type RefKind = (typeof REF_KINDS)[number];

/** Field columns whose values are ids: the page ships their names in `refs`. */
const REF_COLUMNS: Readonly<Record<string, RefKind>> = {
  owner_id: 'user',
  company_id: 'company',
  contact_id: 'contact',
  bant_authority_contact_id: 'contact',
  source_id: 'leadSource',
  campaign_id: 'campaign',
  loss_reason_id: 'lossReason',
};

const TABLES = { deal: 'deals', company: 'companies', contact: 'contacts' } as const;

const parseValue = (text: string | null): JsonScalar => {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as JsonScalar);
  } catch {
    return text;
  }
};

type Status = 'open' | 'won' | 'lost';

/** A custom value line's `[text, number, currency]` (timelineRows) in the contract's form for its field's type. */
const customValue = (type: CustomFieldType | undefined, unit: string | null): CustomValue => {
  if (type === undefined || unit === null) return null;
  const [text_value = null, number_value = null, currency = null] = JSON.parse(unit) as [
    string | null,
    number | null,
    string | null,
  ];
  return fromStoredCustomValue(type, { text_value, number_value, currency });
};

/** Custom field types whose values are record ids: the page ships their names in `refs`. */
const CUSTOM_REF_KINDS: Partial<Record<CustomFieldType, RefKind>> = {
  user: 'user',
  company: 'company',
  contact: 'contact',
};

type FieldTypes = ReadonlyMap<string, CustomFieldType>;

/** What every line carries besides its kind's own fields. */
type EntryBase = Pick<TimelinePageEntry, 'at' | 'actorId' | 'actorName' | 'key' | 'dealId' | 'dealTitle'>;

/** The contract's entry for a raw row. */
const toEntry = (
  row: TimelineRow,
  base: EntryBase,
  fieldTypes: FieldTypes,
): TimelinePageEntry => {
  switch (row.kind) {
    case 'created':
      return { kind: 'created', ...base, stageId: row.to_stage_id };
    case 'stage':
      return {
        kind: 'stage',
        ...base,
        fromStageId: row.from_stage_id,
        toStageId: row.to_stage_id as string,
        fromStatus: row.from_status as Status | null,
        toStatus: row.to_status as Status,
      };
    case 'field':
      return {
        kind: 'field',
        ...base,
        field: camelCaseColumn(row.col as string),
        oldValue: parseValue(row.old_value),
        newValue: parseValue(row.new_value),
      };
    case 'custom': {
      const type = fieldTypes.get(row.col as string);
      return {
        kind: 'custom',
        ...base,
        fieldId: row.col as string,
        oldValue: customValue(type, row.old_value),
        newValue: customValue(type, row.new_value),
      };
    }
    case 'deleted':
    case 'restored':
      return { kind: row.kind, ...base };
    case 'check': {
      const checked = parseValue(row.new_value);
      const controlPointId = (row.ref_id as string).slice((row.deal_id as string).length + 1);
      return { kind: 'check', ...base, controlPointId, checked: checked === 1 || checked === true };
    }
    case 'activity':
      return { kind: 'activity', ...base, activity: row.activity as NonNullable<TimelineRow['activity']> };
  }
};

type RefIds = Map<RefKind, Set<string>>;

const addRef = (refs: RefIds, kind: RefKind, id: unknown): void => {
  if (typeof id !== 'string') return;
  const ids = refs.get(kind) ?? new Set<string>();
  ids.add(id);
  refs.set(kind, ids);
};

const refIdsOf = (
  rows: readonly TimelineRow[],
  fieldTypes: FieldTypes,
): RefIds => {
  const refs: RefIds = new Map();
  for (const row of rows) {
    const customKind =
      row.kind === 'custom' ? CUSTOM_REF_KINDS[fieldTypes.get(row.col as string) ?? 'text'] : undefined;
    if (customKind) {
      // A reference's id is its value's text cell.
      addRef(refs, customKind, customValue('text', row.old_value));
      addRef(refs, customKind, customValue('text', row.new_value));
    }
    addRef(refs, 'user', row.actor_id);
    addRef(refs, 'stage', row.from_stage_id);
    addRef(refs, 'stage', row.to_stage_id);
    if (row.kind === 'check')
      addRef(refs, 'controlPoint', (row.ref_id as string).slice((row.deal_id as string).length + 1));
    const kind = row.col === null || row.kind !== 'field' ? undefined : REF_COLUMNS[row.col];
    if (kind) {
      addRef(refs, kind, parseValue(row.old_value));
      addRef(refs, kind, parseValue(row.new_value));
    }
    if (row.activity) {
      addRef(refs, 'user', row.activity.ownerId);
      addRef(refs, 'contact', row.activity.contactId);
    }
  }
  return refs;
};

// Ids go in as one JSON array, so each lookup is one prepared statement whatever the page holds.
const DEAL_TITLES = 'SELECT id, title FROM deals WHERE id IN (SELECT value FROM json_each(?))';
const REF_SQL: Readonly<Record<RefKind, string>> = {
  user: 'SELECT id, name, NULL AS default_key FROM users',
  company: 'SELECT id, name, NULL AS default_key FROM companies',
  contact: 'SELECT id, name, NULL AS default_key FROM contacts',
  campaign: 'SELECT id, name, NULL AS default_key FROM campaigns',
  stage: 'SELECT id, name, default_key FROM stages',
  pipeline: 'SELECT id, name, default_key FROM pipelines',
  leadSource: 'SELECT id, name, default_key FROM lead_sources',
  lossReason: 'SELECT id, name, default_key FROM loss_reasons',
  controlPoint: 'SELECT id, label AS name, default_key FROM control_points',
};

const REF_KIND_ORDER = Object.keys(REF_SQL) as RefKind[];

/**
 * Every kind's lookup in one statement, each kind's ids as one JSON array; a kind with none (`[]`,
 * a constant term SQLite checks once) reads nothing of its table.
 */
const REFS_SQL = REF_KIND_ORDER.map(
  (kind) =>
    `SELECT '${kind}' AS kind, * FROM (${REF_SQL[kind]} WHERE @${kind} <> '[]' AND id IN (SELECT value FROM json_each(@${kind})))`,
).join('\nUNION ALL ');

/** Names of referenced rows, tombstoned ones too (history outlives deletes). */
const refRows = (db: Db, refIds: RefIds) =>
  refIds.size === 0
    ? []
    : (prepare(db, REFS_SQL).all(
        Object.fromEntries(REF_KIND_ORDER.map((kind) => [kind, JSON.stringify([...(refIds.get(kind) ?? [])])])),
      ) as { kind: RefKind; id: string; name: string | null; default_key: string | null }[]);

const CUSTOM_FIELD_TYPES = 'SELECT id, type FROM custom_fields WHERE id IN (SELECT value FROM json_each(?))';

/** The types of the custom fields the page's value lines are about (archived and deleted ones too). */
const customFieldTypes = (db: Db, rows: readonly TimelineRow[]): Map<string, CustomFieldType> => {
  const ids = [...new Set(rows.filter((row) => row.kind === 'custom').map((row) => row.col as string))];
  if (ids.length === 0) return new Map();
  const found = prepare(db, CUSTOM_FIELD_TYPES).all(JSON.stringify(ids)) as { id: string; type: CustomFieldType }[];
  return new Map(found.map((row) => [row.id, row.type]));
};

const dealTitles = (db: Db, rows: readonly TimelineRow[]): Map<string, string> => {
  const ids = [...new Set(rows.map((row) => row.deal_id).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const found = prepare(db, DEAL_TITLES).all(JSON.stringify(ids)) as { id: string; title: string }[];
  return new Map(found.map((row) => [row.id, row.title]));
};

/**
 * A page of a deal's, company's or contact's timeline (newest first, keyset-paged) with the names
 * of what its lines mention. A line is never dated after `now` (a clock that ran ahead).
 */
export const timelinePage = (db: Db, input: Input, now: number): TimelinePage => {
  if (!isLive(db, TABLES[input.subject], input.id)) throw notFound(input.subject, input.id);
  const types = new Set(input.types ?? TIMELINE_TYPES);
  // One more than asked says whether an older page exists.
  const rows = timelineRows(db, input.subject, input.id, types, input.after ?? null, input.limit + 1);
  const page = rows.slice(0, input.limit);
  const fieldTypes = customFieldTypes(db, page);
  const titles = input.subject === 'deal' ? new Map<string, string>() : dealTitles(db, page);

  const refs: TimelinePage['refs'] = {};
  for (const ref of refRows(db, refIdsOf(page, fieldTypes))) {
    refs[ref.id] = { kind: ref.kind, name: ref.name, defaultKey: ref.default_key };
  }
  const byDeal = input.subject !== 'deal';
  const entries = page.map((row) =>
    toEntry(
      row,
      {
        at: Math.min(row.at, now),
        actorId: row.actor_id,
        actorName: row.actor_id === null ? null : (refs[row.actor_id]?.name ?? null),
        key: row.key,
        dealId: byDeal ? row.deal_id : null,
        dealTitle: byDeal && row.deal_id !== null ? (titles.get(row.deal_id) ?? null) : null,
      },
      fieldTypes,
    ),
  );
  const last = page.at(-1);
  return { entries, refs, next: rows.length > input.limit && last ? { at: last.at, key: last.key } : null };
};
