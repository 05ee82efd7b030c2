import { describe, expect, it } from 'vitest';
import {
  camelCaseColumn,
  deriveCheckEvents,
  deriveFieldChanges,
  displayTimes,
  type LogMessage,
  mergeTimeline,
  type TransitionRecord,
} from '@shared/domain/fieldHistory';
import { formatHlc } from '@shared/domain/hlc';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const hlc = (offsetMs: number, counter = 0, node = 'dev1') => formatHlc({ millis: T0 + offsetMs, counter, node });
const msg = (
  offsetMs: number,
  col: string,
  value: unknown,
  actorId: string | null = 'anna',
  counter = 0,
  rowId = 'deal',
): LogMessage => ({
  hlc: hlc(offsetMs, counter),
  actorId,
  rowId,
  col,
  value: JSON.stringify(value),
  at: null,
});

describe('deriveFieldChanges', () => {
  it('takes the previous message of the same column as the old value; the first is the initial value', () => {
    const messages = [
      msg(0, 'title', 'Старое', 'anna', 0),
      msg(0, 'value_minor', 100, 'anna', 1),
      msg(5000, 'value_minor', 250, 'boris'),
      msg(9000, 'title', 'Новое', 'anna'),
      msg(12_000, 'value_minor', 300, 'anna'),
    ];
    expect(deriveFieldChanges(messages, new Set())).toEqual([
      { hlc: hlc(5000), at: T0 + 5000, actorId: 'boris', col: 'value_minor', oldValue: 100, newValue: 250 },
      { hlc: hlc(9000), at: T0 + 9000, actorId: 'anna', col: 'title', oldValue: 'Старое', newValue: 'Новое' },
      { hlc: hlc(12_000), at: T0 + 12_000, actorId: 'anna', col: 'value_minor', oldValue: 250, newValue: 300 },
    ]);
  });

  it('orders by HLC whatever order the messages arrive in (sync), and skips repeats', () => {
    const messages = [
      msg(9000, 'notes', 'c'),
      msg(0, 'notes', null),
      msg(4000, 'notes', 'b'),
      msg(4000, 'notes', 'b', 'anna', 1),
    ];
    expect(deriveFieldChanges(messages, new Set()).map((change) => [change.oldValue, change.newValue])).toEqual([
      [null, 'b'],
      ['b', 'c'],
    ]);
  });

  it('leaves out ignored columns', () => {
    const messages = [
      msg(0, 'stage_id', 's1'),
      msg(10, 'stage_id', 's2'),
      msg(0, 'title', 'a', 'x', 1),
      msg(20, 'title', 'b'),
    ];
    expect(deriveFieldChanges(messages, new Set(['stage_id'])).map((change) => change.col)).toEqual(['title']);
  });
});

describe('deriveCheckEvents', () => {
  it('turns every change of a row’s checked flag into a tick or an untick', () => {
    const messages = [
      msg(0, 'checked', 1, 'anna', 0, 'deal:cp1'),
      msg(0, 'checked_by', 'anna', 'anna', 1, 'deal:cp1'),
      msg(1000, 'checked', 0, 'boris', 0, 'deal:cp1'),
      msg(2000, 'checked', 1, 'anna', 0, 'deal:cp2'),
      msg(2500, 'checked', 1, 'anna', 0, 'deal:cp2'),
    ];
    expect(
      deriveCheckEvents(messages).map((event) => [event.rowId, event.checked, event.actorId, event.at - T0]),
    ).toEqual([
      ['deal:cp1', true, 'anna', 0],
      ['deal:cp1', false, 'boris', 1000],
      ['deal:cp2', true, 'anna', 2000],
    ]);
  });
});

describe('displayTimes', () => {
  it('keeps each wall time but caps it by the entries after it and by now', () => {
    expect(displayTimes([10, 50, 20, 30, 90], 60)).toEqual([10, 20, 20, 30, 60]);
    expect(displayTimes([], 0)).toEqual([]);
  });
});

describe('mergeTimeline', () => {
  const transitions: TransitionRecord[] = [
    {
      id: 't1',
      hlc: hlc(0, 9),
      at: T0,
      actorId: 'anna',
      fromStageId: null,
      toStageId: 's1',
      fromStatus: null,
      toStatus: 'open',
    },
    {
      id: 't2',
      hlc: hlc(7000, 3),
      at: T0 + 7000,
      actorId: 'boris',
      fromStageId: 's1',
      toStageId: 's2',
      fromStatus: 'open',
      toStatus: 'open',
    },
    {
      id: 't3',
      hlc: null,
      at: T0 + 30_000,
      actorId: 'anna',
      fromStageId: 's2',
      toStageId: 's2',
      fromStatus: 'open',
      toStatus: 'lost',
    },
  ];

  it('merges transitions, field edits and ticks in time order, same-millisecond ones by HLC', () => {
    const fieldChanges = deriveFieldChanges(
      [
        msg(0, 'value_minor', 1),
        msg(0, 'deleted_at', null, 'anna', 2),
        msg(7000, 'value_minor', 2, 'boris', 5),
        msg(20_000, 'deleted_at', T0 + 20_000),
        msg(25_000, 'deleted_at', null),
      ],
      new Set(),
    );
    const checkEvents = deriveCheckEvents([msg(7000, 'checked', 1, 'boris', 1, 'deal:cp9')]);
    const timeline = mergeTimeline({
      transitions,
      fieldChanges,
      checkEvents,
      controlPointOf: (rowId) => rowId.slice('deal:'.length),
      fieldName: camelCaseColumn,
      now: T0 + 60_000,
    });
    expect(timeline.map((entry) => entry.kind)).toEqual([
      'created',
      'check',
      'stage',
      'field',
      'deleted',
      'restored',
      'stage',
    ]);
    expect(timeline[1]).toEqual({
      kind: 'check',
      at: T0 + 7000,
      actorId: 'boris',
      controlPointId: 'cp9',
      checked: true,
    });
    expect(timeline[3]).toEqual({
      kind: 'field',
      at: T0 + 7000,
      actorId: 'boris',
      field: 'valueMinor',
      oldValue: 1,
      newValue: 2,
    });
    expect(timeline[6]).toMatchObject({ kind: 'stage', toStatus: 'lost', fromStageId: 's2' });
  });

  it('orders by HLC, not by time: a move made before an edit stays before it when the clock went back', () => {
    const move: TransitionRecord = {
      id: 't',
      hlc: hlc(86_400_000, 1),
      at: T0,
      actorId: 'anna',
      fromStageId: 's1',
      toStageId: 's2',
      fromStatus: 'open',
      toStatus: 'open',
    };
    const edit = { ...msg(86_400_000, 'title', 'b', 'anna', 2), at: T0 + 120_000 };
    const timeline = mergeTimeline({
      transitions: [move],
      fieldChanges: deriveFieldChanges([msg(0, 'title', 'a'), edit], new Set()),
      checkEvents: [],
      controlPointOf: (rowId) => rowId,
      fieldName: camelCaseColumn,
      now: T0 + 180_000,
    });
    expect(timeline.map((entry) => [entry.kind, entry.at - T0])).toEqual([
      ['stage', 0],
      ['field', 120_000],
    ]);
  });

  it('maps column names to contract field names', () => {
    expect(camelCaseColumn('loss_reason_id')).toBe('lossReasonId');
    expect(camelCaseColumn('title')).toBe('title');
  });
});
