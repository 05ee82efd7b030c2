import { activityDetailIssues } from '@shared/domain/activities/activityDetailIssues';
import { dayBounds } from '@shared/domain/activities/dayBounds';
import { detailsForeignTo } from '@shared/domain/activities/detailsForeignTo';
import { fillActivityLinks } from '@shared/domain/activities/fillActivityLinks';
import { firstTouch, type TouchCandidate } from '@shared/domain/activities/firstTouch';
import { describe, expect, it } from 'vitest';

const touch = (id: string, doneAt: number | null, extra: Partial<TouchCandidate> = {}): TouchCandidate => ({
  id,
  type: 'call',
  direction: 'outbound',
  doneAt,
  deletedAt: null,
  ...extra,
});

describe('firstTouch', () => {
  it('picks the earliest done time, not the order logged; ties by id', () => {
    expect(firstTouch([touch('b', 300), touch('a', 200), touch('c', 250)])?.id).toBe('a');
    expect(firstTouch([touch('b', 200), touch('a', 200)])?.id).toBe('a');
  });

  it('ignores deleted, open, inbound and non-touch activities', () => {
    const list = [
      touch('deleted', 100, { deletedAt: 500 }),
      touch('open', null),
      touch('inbound', 110, { direction: 'inbound' }),
      touch('note', 120, { type: 'note', direction: null }),
      touch('demo', 130, { type: 'demo', direction: null }),
      touch('meeting', 400, { type: 'meeting', direction: null }),
      touch('email', 300, { type: 'email' }),
    ];
    expect(firstTouch(list)?.id).toBe('email');
    expect(firstTouch(list.filter((a) => a.id !== 'email'))?.id).toBe('meeting');
    expect(firstTouch(list.slice(0, 5))).toBeNull();
  });
});

describe('activityDetailIssues', () => {
  it('lets each type have its own details only', () => {
    expect(activityDetailIssues({ type: 'call', direction: 'inbound', outcome: 'busy', durationSec: 5 })).toEqual([]);
    expect(activityDetailIssues({ type: 'proposal', amountMinor: 100, currency: 'RUB', fileRef: 'kp.pdf' })).toEqual(
      [],
    );
    expect(activityDetailIssues({ type: 'nurture', contentKind: 'case', engagement: 'replied' })).toEqual([]);
    expect(activityDetailIssues({ type: 'note', outcome: 'busy', amountMinor: 5 }).map((i) => i.field)).toEqual([
      'outcome',
      'amountMinor',
    ]);
    expect(activityDetailIssues({ type: 'meeting', direction: 'outbound' })).toEqual([
      { field: 'direction', reason: 'not_for_activity_type' },
    ]);
    expect(activityDetailIssues({ type: 'proposal', amountMinor: 100, currency: null })).toEqual([
      { field: 'currency', reason: 'currency_required' },
    ]);
  });

  it('a type change clears exactly the details the new type lacks', () => {
    expect(detailsForeignTo('meeting')).toEqual({
      direction: null,
      outcome: null,
      amountMinor: null,
      currency: null,
      fileRef: null,
      contentKind: null,
      engagement: null,
    });
    expect(Object.keys(detailsForeignTo('call'))).not.toContain('outcome');
  });
});

describe('fillActivityLinks', () => {
  const deal = { companyId: 'co', contactId: 'ct' };
  const companyOf = (contactId: string) => (contactId === 'ct2' ? 'co2' : null);
  it('fills the deal’s company and contact, or a contact’s company, keeping explicit values', () => {
    expect(fillActivityLinks({ dealId: 'd' }, deal, companyOf)).toEqual({
      dealId: 'd',
      companyId: 'co',
      contactId: 'ct',
    });
    expect(fillActivityLinks({ dealId: 'd', contactId: null }, deal, companyOf)).toEqual({
      dealId: 'd',
      companyId: 'co',
      contactId: null,
    });
    expect(fillActivityLinks({ contactId: 'ct2' }, null, companyOf)).toEqual({
      dealId: null,
      companyId: 'co2',
      contactId: 'ct2',
    });
    expect(fillActivityLinks({}, null, companyOf)).toEqual({ dealId: null, companyId: null, contactId: null });
  });
});

describe('dayBounds', () => {
  it('is the local day in the zone, 23 or 25 hours across a DST change', () => {
    expect(dayBounds(Date.UTC(2026, 10, 23, 22, 30), 'Europe/Moscow')).toEqual({
      start: Date.UTC(2026, 10, 23, 21, 0),
      end: Date.UTC(2026, 10, 24, 21, 0),
    });
    const berlin = dayBounds(Date.UTC(2026, 2, 29, 12, 0), 'Europe/Berlin');
    expect(berlin.end - berlin.start).toBe(23 * 3_600_000);
  });
});
