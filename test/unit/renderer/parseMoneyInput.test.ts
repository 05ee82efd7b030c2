import { describe, expect, it } from 'vitest';
import { parseMoneyInput } from '../../../src-renderer/ui/form/parseMoneyInput';

describe('parseMoneyInput', () => {
  it.each([
    ['', 0],
    ['0', 0],
    ['1500', 150_000],
    ['1500,5', 150_050],
    ['1500.50', 150_050],
    ['1 500,50', 150_050],
    ['1\u00a0500,50', 150_050],
    ['1,500.50', 150_050],
    ['1.500,50', 150_050],
    ['1,500', 150_000],
    ['1.500.000', 150_000_000],
    ['1 000 000', 100_000_000],
    ['12,', 1200],
    [',5', 50],
    ['0.01', 1],
    // Three digits after a single mark read as a thousands group, not as a fraction.
    ['1.234', 123_400],
    ['10.999', 1_099_900],
  ])('%j → %d minor units', (text, minor) => {
    expect(parseMoneyInput(text, 2)).toBe(minor);
  });

  it.each(['abc', '-5', '1,2,3', '1.5.5,1', '12,345,67', '1,505.5.5', '10.9999', '1e5', '.'])(
    '%j is not an amount',
    (text) => {
      expect(parseMoneyInput(text, 2)).toBeNull();
    },
  );

  it('knows currencies without minor units', () => {
    expect(parseMoneyInput('1500', 0)).toBe(1500);
    expect(parseMoneyInput('1,500', 0)).toBe(1500);
    expect(parseMoneyInput('1,5', 0)).toBeNull();
  });

  it('refuses amounts beyond safe integers', () => {
    expect(parseMoneyInput('99999999999999999999', 2)).toBeNull();
  });
});
