import { formatHlc, parseHlc } from './hlc';

/**
 * A record's history, derived from the change log (DESIGN §4): every write appended one message
 * per changed column, so a field's old value is simply the previous message of the same
 * (table, row, column) in HLC order, and its first message is the value it was created with.
 */
export type JsonScalar = string | number | boolean | null;

export type LogMessage = {
  hlc: string;
  actorId: string | null;
  rowId: string;
  col: string;
  /** JSON text as stored in change_log.value. */
  value: string | null;
  /** Wall time of the write (change_log.at); null for messages older than the column. */
  at: number | null;
};

export type FieldChange = {
  hlc: string;
  at: number;
  actorId: string | null;
  col: string;
  oldValue: JsonScalar;
  newValue: JsonScalar;
};

export type CheckEvent = { hlc: string; at: number; actorId: string | null; rowId: string; checked: boolean };

export type TransitionRecord = {
  id: string;
  /** HLC of the transition's insert when known: orders it among changes of the same millisecond. */
  hlc: string | null;
  at: number;
  actorId: string | null;
  fromStageId: string | null;
  toStageId: string;
  fromStatus: 'open' | 'won' | 'lost' | null;
  toStatus: 'open' | 'won' | 'lost';
};

export type TimelineEntry =
  | { kind: 'created'; at: number; actorId: string | null; stageId: string }
  | {
      kind: 'stage';
      at: number;
      actorId: string | null;
      fromStageId: string | null;
      toStageId: string;
      fromStatus: 'open' | 'won' | 'lost' | null;
      toStatus: 'open' | 'won' | 'lost';
    }
  | { kind: 'field'; at: number; actorId: string | null; field: string; oldValue: JsonScalar; newValue: JsonScalar }
  | { kind: 'check'; at: number; actorId: string | null; controlPointId: string; checked: boolean }
  | { kind: 'deleted' | 'restored'; at: number; actorId: string | null };

const parseValue = (text: string | null): JsonScalar => {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as JsonScalar);
  } catch {
    return text;
  }
};

const byHlc = (a: { hlc: string }, b: { hlc: string }): number => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0);

/** When a message was written: its recorded wall time, else (older messages) its HLC's time. */
const atOf = (message: Pick<LogMessage, 'hlc' | 'at'>): number => message.at ?? parseHlc(message.hlc).millis;

/**
 * Display times for entries listed in HLC order: each is its own wall time, but never later than
 * `now` nor than the entry after it. The HLC keeps counting from the newest stamp when a clock is
 * set back, so HLC order is the order things happened on the file; a wall time that was ahead
 * (the clock before it was corrected) is pulled back so that the list never reads out of order
 * nor shows a time in the future.
 */
export const displayTimes = (ats: readonly number[], now: number): number[] => {
  const times = new Array<number>(ats.length);
  let cap = now;
  for (let index = ats.length - 1; index >= 0; index -= 1) {
    cap = Math.min(ats[index] as number, cap);
    times[index] = cap;
  }
  return times;
};

/**
 * Field changes of one row: each message after the first of its column, with the previous
 * message's value as the old one. Messages that repeat the previous value (a re-delivered sync
 * message) and columns in `ignored` are left out; columns in `nullAtCreation` start from null.
 */
export const deriveFieldChanges = (
  messages: readonly LogMessage[],
  ignored: ReadonlySet<string>,
  nullAtCreation: ReadonlySet<string> = new Set(),
): FieldChange[] => {
  const last = new Map<string, JsonScalar>();
  const changes: FieldChange[] = [];
  for (const message of [...messages].sort(byHlc)) {
    if (ignored.has(message.col)) continue;
    const value = parseValue(message.value);
    const key = `${message.rowId}\u0000${message.col}`;
    // A column the insert leaves to its SQL default (NULL) is not logged then: its first message is a change.
    const seen = last.has(key) || nullAtCreation.has(message.col);
    const previous = last.get(key) ?? null;
    last.set(key, value);
    if (!seen || previous === value) continue;
    changes.push({
      hlc: message.hlc,
      at: atOf(message),
      actorId: message.actorId,
      col: message.col,
      oldValue: previous,
      newValue: value,
    });
  }
  return changes;
};

/** Ticks and unticks of checklist rows: every `checked` message that changes the row's state. */
export const deriveCheckEvents = (messages: readonly LogMessage[]): CheckEvent[] => {
  const state = new Map<string, boolean>();
  const events: CheckEvent[] = [];
  for (const message of [...messages].sort(byHlc)) {
    if (message.col !== 'checked') continue;
    const checked = parseValue(message.value) === 1 || parseValue(message.value) === true;
    const previous = state.get(message.rowId) ?? false;
    state.set(message.rowId, checked);
    if (previous === checked) continue;
    events.push({ hlc: message.hlc, at: atOf(message), actorId: message.actorId, rowId: message.rowId, checked });
  }
  return events;
};

type Sortable = { hlc: string; entry: TimelineEntry };

/** A transition logged without its insert's HLC sorts as if stamped at its time. */
const transitionOrder = (transition: TransitionRecord): string =>
  transition.hlc ?? formatHlc({ millis: transition.at, counter: 0, node: '' });

const transitionEntry = (transition: TransitionRecord): TimelineEntry =>
  transition.fromStageId === null && transition.fromStatus === null
    ? { kind: 'created', at: transition.at, actorId: transition.actorId, stageId: transition.toStageId }
    : {
        kind: 'stage',
        at: transition.at,
        actorId: transition.actorId,
        fromStageId: transition.fromStageId,
        toStageId: transition.toStageId,
        fromStatus: transition.fromStatus,
        toStatus: transition.toStatus,
      };

const fieldEntry = (change: FieldChange, fieldName: (col: string) => string): TimelineEntry => {
  if (change.col === 'deleted_at') {
    return { kind: change.newValue === null ? 'restored' : 'deleted', at: change.at, actorId: change.actorId };
  }
  return {
    kind: 'field',
    at: change.at,
    actorId: change.actorId,
    field: fieldName(change.col),
    oldValue: change.oldValue,
    newValue: change.newValue,
  };
};

export type TimelineSources = {
  transitions: readonly TransitionRecord[];
  fieldChanges: readonly FieldChange[];
  checkEvents: readonly CheckEvent[];
  /** The control point a checklist row is about (row id = dealId:controlPointId). */
  controlPointOf: (rowId: string) => string;
  /** The name the client knows a column by (value_minor → valueMinor). */
  fieldName: (col: string) => string;
  /** The reader's clock: no entry is dated after it. */
  now: number;
};

/**
 * One timeline in the order things were written (HLC), dated by `displayTimes`; a `deleted_at`
 * change reads as deleted / restored rather than a field edit.
 */
export const mergeTimeline = (sources: TimelineSources): TimelineEntry[] =>
  mergeTimelineWithHlc(sources).map((item) => item.entry);

/** `mergeTimeline` with each entry's HLC, so other dated items can be merged in by time then HLC. */
export const mergeTimelineWithHlc = (sources: TimelineSources): { hlc: string; at: number; entry: TimelineEntry }[] => {
  const items: Sortable[] = [
    ...sources.transitions.map((t) => ({ hlc: transitionOrder(t), entry: transitionEntry(t) })),
    ...sources.fieldChanges.map((c) => ({ hlc: c.hlc, entry: fieldEntry(c, sources.fieldName) })),
    ...sources.checkEvents.map((e) => ({
      hlc: e.hlc,
      entry: {
        kind: 'check' as const,
        at: e.at,
        actorId: e.actorId,
        controlPointId: sources.controlPointOf(e.rowId),
        checked: e.checked,
      },
    })),
  ];
  const sorted = items.sort(byHlc);
  const times = displayTimes(
    sorted.map((item) => item.entry.at),
    sources.now,
  );
  return sorted.map((item, index) => {
    const at = times[index] as number;
    return { hlc: item.hlc, at, entry: { ...item.entry, at } };
  });
};

/** `value_minor` → `valueMinor`: the contract's field names. */
export const camelCaseColumn = (col: string): string =>
  col.replace(/_([a-z])/g, (_, char: string) => char.toUpperCase());
