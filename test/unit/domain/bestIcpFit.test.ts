import { describe, expect, it } from 'vitest';
import { bestIcpFit } from '@shared/domain/bestIcpFit';
import type { IcpCompanyFacts, IcpProfileRules } from '@shared/domain/icpFit';

const NONE: IcpProfileRules = {
  industries: [],
  sizeMin: null,
  sizeMax: null,
  regions: [],
  revenueMinMinor: null,
  revenueMaxMinor: null,
  mustHave: [],
  excluding: [],
};
const COMPANY: IcpCompanyFacts = {
  industry: 'Логистика',
  size: 'medium',
  region: 'Казань',
  segment: null,
  notes: null,
  annualRevenueMinor: null,
};
const makers = {
  id: 'p1',
  name: 'Производители',
  rules: { ...NONE, industries: ['Производство'], regions: ['Казань'] },
};
const carriers = {
  id: 'p2',
  name: 'Перевозчики',
  rules: { ...NONE, industries: ['логистика'], sizeMin: 'large' as const },
};

describe('bestIcpFit', () => {
  it('is null without an approved profile', () => {
    expect(bestIcpFit(COMPANY, [])).toBeNull();
  });

  it('takes the profile the company fits best, with that profile’s reasons', () => {
    const result = bestIcpFit({ ...COMPANY, size: 'large' }, [makers, carriers]);
    expect(result).toMatchObject({ fit: 1, profileId: 'p2', profileName: 'Перевозчики' });
    expect(result?.reasons).toEqual([
      { kind: 'criterion', criterion: 'industry', result: 'met' },
      { kind: 'criterion', criterion: 'size', result: 'met' },
    ]);
  });

  it('keeps the first profile on a tie, whatever else follows', () => {
    expect(bestIcpFit(COMPANY, [makers, carriers])?.profileId).toBe('p1');
    expect(bestIcpFit(COMPANY, [carriers, makers])?.profileId).toBe('p2');
  });

  it('is 0 with the first profile when every profile rules the company out', () => {
    const excluding = { id: 'p3', name: 'Без логистики', rules: { ...NONE, excluding: ['логист'] } };
    expect(bestIcpFit(COMPANY, [excluding])).toMatchObject({ fit: 0, profileId: 'p3' });
  });
});
