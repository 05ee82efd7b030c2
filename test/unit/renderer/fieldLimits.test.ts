import { MAX_MINOR_UNITS } from '@shared/contract/schemas/common';
import { companyFormSchema } from '@shared/contract/schemas/companies';
import { contactFormSchema } from '@shared/contract/schemas/contacts';
import { dealCreateInputSchema } from '@shared/contract/schemas/deals';
import { teamFormSchema } from '@shared/contract/schemas/teams';
import type { Translate } from '@shared/i18n/Translate';
import { describe, expect, it } from 'vitest';
import { maxLengthOf } from '../../../src-renderer/ui/form/maxLengthOf';
import { moneyIssue } from '../../../src-renderer/ui/form/moneyIssue';

const t = ((key: string, options?: Record<string, unknown>) =>
  options?.maximum ? `${key}:${String(options.maximum)}` : key) as Translate;
const format = (minor: number) => `${minor / 100} RUB`;

describe('moneyIssue', () => {
  it('says a negative amount is negative, not that it is not a number', () => {
    expect(moneyIssue('-500', 2, t, format)).toBe('issues.moneyNegative');
    expect(moneyIssue('−1 500,50', 2, t, format)).toBe('issues.moneyNegative');
  });

  it('says an amount above the contract maximum is too big, naming the maximum', () => {
    expect(moneyIssue('100000000000000', 2, t, format)).toBe(`issues.moneyTooBig:${format(MAX_MINOR_UNITS)}`);
    expect(moneyIssue('100 000 000 000,00', 2, t, format)).toBeNull();
    expect(moneyIssue('100 000 000 000,01', 2, t, format)).toMatch(/^issues.moneyTooBig/);
  });

  it('keeps the format message for text that is no number, and passes good amounts', () => {
    expect(moneyIssue('12abc', 2, t, format)).toBe('issues.money');
    expect(moneyIssue('1 500,50', 2, t, format)).toBeNull();
    expect(moneyIssue('', 2, t, format)).toBeNull();
  });
});

describe('maxLengthOf', () => {
  it('reads the limit from the contract, through nullable and transforms', () => {
    expect(maxLengthOf(dealCreateInputSchema, 'title')).toBe(200);
    expect(maxLengthOf(dealCreateInputSchema, 'notes')).toBe(10_000);
    expect(maxLengthOf(companyFormSchema, 'name')).toBe(300);
    expect(maxLengthOf(companyFormSchema, 'industry')).toBe(100);
    expect(maxLengthOf(contactFormSchema, 'email')).toBe(254);
    expect(maxLengthOf(teamFormSchema, 'name')).toBe(100);
    expect(maxLengthOf(dealCreateInputSchema, 'valueMinor')).toBeUndefined();
    expect(maxLengthOf(dealCreateInputSchema, 'nope')).toBeUndefined();
  });
});
