import { describe, expect, it } from 'vitest';
import { clearIfUnchanged } from '../../../src-renderer/ui/form/clearIfUnchanged';

describe('clearIfUnchanged', () => {
  it('empties the box when it still holds what was saved', () => {
    expect(clearIfUnchanged('Бриф')('Бриф')).toBe('');
  });
  it('keeps what was typed while the save was under way', () => {
    expect(clearIfUnchanged('Бриф')('Сайт изучен')).toBe('Сайт изучен');
  });
});
