import { describe, expect, it } from 'vitest';
import { dueUnitOf } from '../../../src-renderer/modules/automation/utils/dueUnitOf';
import { triggerNumberOf } from '../../../src-renderer/modules/automation/utils/triggerNumberOf';
import { ruleOptionsOf } from '../../../src-renderer/modules/automation/utils/ruleOptionsOf';
import { linkRecord } from '../../../src-renderer/modules/deals/utils/linkRecord';

describe('rule editor utils', () => {
  it('a scheduled trigger takes its days or months within the contract bounds; others take no number', () => {
    expect(triggerNumberOf({ type: 'before_close', days: 3 })).toEqual({ field: 'days', value: 3, min: 0, max: 365 });
    expect(triggerNumberOf({ type: 'no_contact', days: 30 })).toEqual({ field: 'days', value: 30, min: 1, max: 365 });
    expect(triggerNumberOf({ type: 'after_win', months: 11 })).toEqual({ field: 'months', value: 11, min: 1, max: 60 });
    expect(triggerNumberOf({ type: 'stage_entered', stageId: null })).toBeNull();
  });

  it('a due offset reads in the largest whole unit; zero in hours', () => {
    expect(dueUnitOf(2880)).toBe('days');
    expect(dueUnitOf(240)).toBe('hours');
    expect(dueUnitOf(90)).toBe('minutes');
    expect(dueUnitOf(0)).toBe('hours');
  });

  it('options are a closed list by value or records by id', () => {
    expect(ruleOptionsOf(['a', 'b'] as const, (v) => v.toUpperCase())).toEqual([
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ]);
    expect(ruleOptionsOf([{ id: 'x', name: 'X' }], (r) => r.name)).toEqual([{ value: 'x', label: 'X' }]);
  });
});

describe('new deal: linkRecord', () => {
  it('links an existing record by id, a typed one by name, none as nothing', () => {
    expect(linkRecord({ id: 'c1', name: 'Acme' }, 'companyId', 'newCompany')).toEqual({ companyId: 'c1' });
    expect(linkRecord({ id: null, name: 'Acme' }, 'companyId', 'newCompany')).toEqual({ newCompany: { name: 'Acme' } });
    expect(linkRecord(null, 'companyId', 'newCompany')).toEqual({});
  });
});
