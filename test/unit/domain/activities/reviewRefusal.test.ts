import { ACTIVITY_TYPES } from '@shared/contract/schemas/activities';
import { REVIEWABLE_TYPES, reviewRefusal } from '@shared/domain/activities/reviewRefusal';
import { describe, expect, it } from 'vitest';

const done = { doneAt: 1, deletedAt: null };

describe('reviewRefusal', () => {
  it('a manager or an admin reviews a done presentation, demo, proposal or meeting', () => {
    for (const type of REVIEWABLE_TYPES) {
      expect(reviewRefusal({ ...done, type }, 'manager')).toBeNull();
      expect(reviewRefusal({ ...done, type }, 'admin')).toBeNull();
    }
  });

  it('a rep or nobody may not review', () => {
    expect(reviewRefusal({ ...done, type: 'proposal' }, 'rep')).toBe('not_a_manager');
    expect(reviewRefusal({ ...done, type: 'proposal' }, null)).toBe('not_a_manager');
  });

  it('calls, e-mails, nurture touches, notes and tasks are not reviewed', () => {
    const others = ACTIVITY_TYPES.filter((type) => !REVIEWABLE_TYPES.includes(type));
    expect(others).toEqual(['call', 'email', 'nurture', 'note', 'task']);
    for (const type of others) expect(reviewRefusal({ ...done, type }, 'manager')).toBe('not_reviewable');
  });

  it('a planned (not yet done) meeting is not reviewed yet', () => {
    expect(reviewRefusal({ type: 'meeting', doneAt: null, deletedAt: null }, 'manager')).toBe('not_done');
  });
});
