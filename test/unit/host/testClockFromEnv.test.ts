import { describe, expect, it } from 'vitest';
import { testClockFromEnv } from '../../../src-main/host/testClockFromEnv';

describe('testClockFromEnv', () => {
  it('is the real clock unless VORONKA_TEST_CLOCK gives a start time', () => {
    expect(testClockFromEnv({})).toBeNull();
    expect(testClockFromEnv({ VORONKA_TEST_CLOCK: '' })).toBeNull();
    expect(testClockFromEnv({ VORONKA_TEST_CLOCK: '1764842400000' })).toBe(1_764_842_400_000);
  });

  it('refuses anything but epoch milliseconds', () => {
    expect(() => testClockFromEnv({ VORONKA_TEST_CLOCK: '1' + '0'.repeat(15) })).toThrow(/VORONKA_TEST_CLOCK/);
    expect(() => testClockFromEnv({ VORONKA_TEST_CLOCK: 'yes' })).toThrow(/epoch milliseconds/);
    expect(() => testClockFromEnv({ VORONKA_TEST_CLOCK: '-5' })).toThrow();
  });
});
