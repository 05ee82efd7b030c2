import { describe, expect, it } from 'vitest';
import { callParties } from '../../../../src-shared/domain/calls/callParties';
import { parseCallDirection } from '../../../../src-shared/domain/calls/parseCallDirection';
import { parseCallDuration } from '../../../../src-shared/domain/calls/parseCallDuration';
import { parseCallOutcome } from '../../../../src-shared/domain/calls/parseCallOutcome';
import { parseCallTime } from '../../../../src-shared/domain/calls/parseCallTime';

describe('parseCallDirection', () => {
  it.each([
    ['in', 'inbound'],
    ['Inbound', 'inbound'],
    ['Incoming call', 'inbound'],
    ['Входящий', 'inbound'],
    ['вх.', 'inbound'],
    ['ВХОДЯЩИЙ ЗВОНОК', 'inbound'],
    ['out', 'outbound'],
    ['outgoing', 'outbound'],
    ['Исходящий', 'outbound'],
    ['исх', 'outbound'],
    ['internal', null],
    ['Внутренний', null],
    ['', null],
    ['income tax', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseCallDirection(raw)).toBe(expected);
  });
});

describe('parseCallDuration', () => {
  it.each<[string | number, number | null]>([
    ['125', 125],
    ['0', 0],
    ['125 сек', 125],
    ['125.6', 126],
    ['02:05', 125],
    ['1:02:05', 3725],
    ['00:00:09', 9],
    ['2 мин 5 сек', 125],
    ['1h 2m', 3720],
    [95, 95],
    // A spreadsheet time cell: 2 minutes 5 seconds as a fraction of a day.
    [125 / 86_400, 125],
    ['1:75:00', null],
    ['12:61', null],
    ['abc', null],
    ['', null],
    ['-5', null],
    ['90000', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseCallDuration(raw)).toBe(expected);
  });
});

describe('parseCallOutcome', () => {
  it.each([
    ['ANSWERED', 'reached'],
    ['NO ANSWER', 'no_answer'],
    ['no_answer', 'no_answer'],
    ['BUSY', 'busy'],
    ['FAILED', 'no_answer'],
    ['Отвечен', 'reached'],
    ['Пропущенный', 'no_answer'],
    ['Занято', 'busy'],
    ['да', 'reached'],
    ['нет', 'no_answer'],
    ['1', 'reached'],
    ['0', 'no_answer'],
    ['maybe', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseCallOutcome(raw)).toBe(expected);
  });
});

describe('parseCallTime', () => {
  it('keeps the seconds the date reader drops', () => {
    expect(parseCallTime('2026-12-01 09:15:42')).toEqual({ date: '2026-12-01', seconds: 9 * 3600 + 15 * 60 + 42 });
    expect(parseCallTime('01.12.2026 9:15:42')).toEqual({ date: '2026-12-01', seconds: 9 * 3600 + 15 * 60 + 42 });
    expect(parseCallTime('2026-12-01T09:15')).toEqual({ date: '2026-12-01', seconds: 9 * 3600 + 15 * 60 });
  });
  it('reads an Excel serial with its time to the second', () => {
    // 2023-12-31 12:00:30
    expect(parseCallTime(45291 + (12 * 3600 + 30) / 86_400)).toEqual({ date: '2023-12-31', seconds: 12 * 3600 + 30 });
  });
  it('refuses a day without a time and text that is no date', () => {
    expect(parseCallTime('2026-12-01')).toBeNull();
    expect(parseCallTime('вчера')).toBeNull();
  });
});

describe('callParties', () => {
  it('takes the client number column when there is one', () => {
    expect(callParties({ number: '+79121234567', caller: null, callee: null, direction: 'inbound' })).toEqual({
      external: '+79121234567',
      direction: 'inbound',
      extension: null,
    });
  });
  it('names the caller of an inbound call and the callee of an outbound one', () => {
    expect(callParties({ number: null, caller: '89121234567', callee: '101', direction: 'inbound' })).toEqual({
      external: '89121234567',
      direction: 'inbound',
      extension: '101',
    });
    expect(callParties({ number: null, caller: '102', callee: '74951234567', direction: 'outbound' })).toEqual({
      external: '74951234567',
      direction: 'outbound',
      extension: '102',
    });
  });
  it('reads the direction from which side is an extension (Asterisk CDR has none)', () => {
    expect(callParties({ number: null, caller: '101', callee: '79121234567', direction: null })?.direction).toBe(
      'outbound',
    );
    expect(callParties({ number: null, caller: '79121234567', callee: '101', direction: null })?.direction).toBe(
      'inbound',
    );
  });
  it('gives up on an internal call or a missing number', () => {
    expect(callParties({ number: null, caller: '101', callee: '102', direction: null })).toBeNull();
    expect(callParties({ number: null, caller: '101', callee: '102', direction: 'outbound' })).toBeNull();
    expect(callParties({ number: null, caller: null, callee: '101', direction: 'inbound' })).toBeNull();
  });
});
