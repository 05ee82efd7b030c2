import { NOTIFIED_KEPT_MS, remindersToNotify } from '@shared/domain/activities/remindersToNotify';
import { describe, expect, it } from 'vitest';

const NOW = Date.UTC(2026, 11, 3, 9);
const call = { id: 'a', dueAt: NOW + 600_000 };
const letter = { id: 'b', dueAt: NOW - 60_000 };

describe('remindersToNotify', () => {
  it('notifies each due task once and records when', () => {
    const first = remindersToNotify([call, letter], {}, NOW);
    expect(first.show).toEqual([call, letter]);
    expect(first.notified).toEqual({ [`a@${call.dueAt}`]: NOW, [`b@${letter.dueAt}`]: NOW });
    // The next tick, a reload or a restart (the record is kept): nothing again.
    expect(remindersToNotify([call, letter], first.notified, NOW + 20_000).show).toEqual([]);
  });

  it('a rescheduled task notifies again for its new due time', () => {
    const { notified } = remindersToNotify([call], {}, NOW);
    const moved = { ...call, dueAt: call.dueAt + 3_600_000 };
    expect(remindersToNotify([moved], notified, NOW + 1).show).toEqual([moved]);
  });

  it('forgets notifications older than the keeping time, keeps the recent ones', () => {
    const old = { [`x@1`]: NOW - NOTIFIED_KEPT_MS - 1, [`a@${call.dueAt}`]: NOW - 1_000 };
    expect(remindersToNotify([], old, NOW).notified).toEqual({ [`a@${call.dueAt}`]: NOW - 1_000 });
  });

  it('does not change the record it was given', () => {
    const given = {};
    remindersToNotify([call], given, NOW);
    expect(given).toEqual({});
  });
});
