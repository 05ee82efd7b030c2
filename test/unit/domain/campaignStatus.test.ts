import { describe, expect, it } from 'vitest';
import { campaignFitsSource } from '../../../src-shared/domain/campaignFitsSource';
import { campaignStatus } from '../../../src-shared/domain/campaignStatus';

describe('campaignStatus', () => {
  const dated = { archivedAt: null, startsAt: 100, endsAt: 200 };
  it.each([
    [dated, 99, 'planned'],
    [dated, 100, 'active'],
    [dated, 199, 'active'],
    [dated, 200, 'finished'],
    [{ ...dated, archivedAt: 150 }, 150, 'archived'],
    [{ ...dated, archivedAt: 1 }, 99, 'archived'],
    [{ archivedAt: null, startsAt: null, endsAt: null }, 0, 'active'],
    [{ archivedAt: null, startsAt: null, endsAt: 200 }, 200, 'finished'],
    [{ archivedAt: null, startsAt: 100, endsAt: null }, 10 ** 15, 'active'],
  ] as const)('%o at %d is %s', (campaign, now, status) => {
    expect(campaignStatus(campaign, now)).toBe(status);
  });
});

describe('campaignFitsSource', () => {
  it('a campaign fits only its own source; one without a source fits any deal', () => {
    expect(campaignFitsSource('a', 'a')).toBe(true);
    expect(campaignFitsSource('a', 'b')).toBe(false);
    expect(campaignFitsSource('a', null)).toBe(false);
    expect(campaignFitsSource(null, 'b')).toBe(true);
    expect(campaignFitsSource(null, null)).toBe(true);
  });
});
