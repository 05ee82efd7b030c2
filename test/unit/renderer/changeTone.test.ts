import { describe, expect, it } from 'vitest';
import { changeTone } from '../../../src-renderer/modules/reports/utils/changeTone';

describe('changeTone: the colour of a change in the weekly report', () => {
  it('says a rise is good and a fall bad where more is better (revenue, win rate)', () => {
    expect(changeTone(0.25, 'change', undefined)).toBe('good');
    expect(changeTone(-0.1, 'points', undefined)).toBe('bad');
  });

  it('says the opposite where less is better (value lost up 31 % is bad news, deals lost down 21 % good)', () => {
    expect(changeTone(0.309, 'change', 'down')).toBe('bad');
    expect(changeTone(-0.206, 'change', 'down')).toBe('good');
    expect(changeTone(-0.042, 'points', 'down')).toBe('good');
  });

  it('leaves no change, a missing one and other cells uncoloured', () => {
    expect(changeTone(0, 'change', undefined)).toBeNull();
    expect(changeTone(null, 'change', 'down')).toBeNull();
    expect(changeTone(12, 'int', undefined)).toBeNull();
  });
});
