import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src-renderer/modules/leads/utils/formatDuration';

const t = (key: string, values?: Record<string, unknown>) => `${key.split('.').pop()}:${JSON.stringify(values)}`;
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('formatDuration', () => {
  it('picks minutes, hours and minutes, whole hours or days and hours, ignoring the sign', () => {
    expect(formatDuration(30_000, t)).toBe('minutes:{"count":1}');
    expect(formatDuration(-45 * MIN, t)).toBe('minutes:{"count":45}');
    expect(formatDuration(3 * HOUR + 59 * MIN, t)).toBe('hours:{"hours":3,"minutes":59}');
    expect(formatDuration(10 * HOUR, t)).toBe('wholeHours:{"hours":10}');
    expect(formatDuration(-(24 * HOUR + 5 * HOUR), t)).toBe('days:{"days":1,"hours":5}');
  });
});
