import { describe, expect, it } from 'vitest';
import { type IcpCompanyFacts, type IcpProfileRules, icpFit } from '@shared/domain/icpFit';

const RULES: IcpProfileRules = {
  industries: ['Производство', 'Логистика'],
  sizeMin: 'small',
  sizeMax: 'large',
  regions: ['Москва', 'Санкт-Петербург'],
  revenueMinMinor: 100_000_000_00,
  revenueMaxMinor: 5_000_000_000_00,
  mustHave: [],
  excluding: [],
};
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
  industry: 'производство',
  size: 'medium',
  region: 'Москва',
  segment: 'B2B',
  notes: null,
  annualRevenueMinor: 800_000_000_00,
};

describe('icpFit', () => {
  it('is 1 when every criterion the profile sets is met, with a met reason each', () => {
    const result = icpFit(COMPANY, RULES);
    expect(result.fit).toBe(1);
    expect(result.reasons).toEqual([
      { kind: 'criterion', criterion: 'industry', result: 'met' },
      { kind: 'criterion', criterion: 'size', result: 'met' },
      { kind: 'criterion', criterion: 'region', result: 'met' },
      { kind: 'criterion', criterion: 'revenue', result: 'met' },
    ]);
  });

  it('counts the share met; a missing fact is unknown and not met', () => {
    const result = icpFit({ ...COMPANY, region: 'Казань', annualRevenueMinor: null }, RULES);
    expect(result.fit).toBe(0.5);
    expect(result.reasons).toContainEqual({ kind: 'criterion', criterion: 'region', result: 'missed' });
    expect(result.reasons).toContainEqual({ kind: 'criterion', criterion: 'revenue', result: 'unknown' });
    expect(icpFit({ ...COMPANY, industry: null, size: null, region: null, annualRevenueMinor: null }, RULES).fit).toBe(
      0,
    );
  });

  it.each([
    ['micro', 'missed'],
    ['small', 'met'],
    ['large', 'met'],
    ['enterprise', 'missed'],
  ])('size %s against small..large is %s (bounds inclusive)', (size, result) => {
    expect(icpFit({ ...COMPANY, size }, { ...NONE, sizeMin: 'small', sizeMax: 'large' }).reasons).toEqual([
      { kind: 'criterion', criterion: 'size', result },
    ]);
  });

  it.each([
    [100_000_000_00 - 1, 0],
    [100_000_000_00, 1],
    [5_000_000_000_00, 1],
    [5_000_000_000_00 + 1, 0],
  ])('revenue %i against the range gives %i (bounds inclusive)', (revenue, fit) => {
    const rules = { ...NONE, revenueMinMinor: RULES.revenueMinMinor, revenueMaxMinor: RULES.revenueMaxMinor };
    expect(icpFit({ ...COMPANY, annualRevenueMinor: revenue }, rules).fit).toBe(fit);
  });

  it('an open-ended range checks only its set bound; a profile with nothing set fits everyone', () => {
    expect(icpFit({ ...COMPANY, size: 'enterprise' }, { ...NONE, sizeMin: 'large' }).fit).toBe(1);
    expect(icpFit({ ...COMPANY, size: 'micro' }, { ...NONE, sizeMax: 'small' }).fit).toBe(1);
    expect(icpFit(COMPANY, NONE)).toEqual({ fit: 1, reasons: [] });
  });

  it('an excluding term anywhere, or a missing must-have, makes the fit 0 and says which', () => {
    const excluded = icpFit({ ...COMPANY, notes: 'Госзаказчик, закупки по 44-ФЗ' }, { ...RULES, excluding: ['44-ФЗ'] });
    expect(excluded.fit).toBe(0);
    expect(excluded.reasons[0]).toEqual({ kind: 'excluded', term: '44-ФЗ' });
    const missing = icpFit(COMPANY, { ...RULES, mustHave: ['B2B', 'склад'] });
    expect(missing.fit).toBe(0);
    expect(missing.reasons.slice(0, 2)).toEqual([
      { kind: 'mustHave', term: 'B2B', met: true },
      { kind: 'mustHave', term: 'склад', met: false },
    ]);
    expect(icpFit({ ...COMPANY, notes: 'Свой СКЛАД' }, { ...RULES, mustHave: ['b2b', 'склад'] }).fit).toBe(1);
  });

  it('compares industries and regions folded (case, ё/е), rounding the share to hundredths', () => {
    expect(icpFit({ ...COMPANY, industry: 'ПРОИЗВОДСТВО' }, { ...NONE, industries: ['производство'] }).fit).toBe(1);
    const third = icpFit({ ...COMPANY, region: 'Казань', annualRevenueMinor: 1 }, { ...RULES, industries: [] });
    expect(third.fit).toBe(0.33);
  });
});
