import type { RuleTrigger } from '@shared/contract/schemas/automation';

/** The one number a scheduled trigger takes (days or months), with the contract's bounds; null for others. */
export const triggerNumberOf = (
  trigger: RuleTrigger,
): { field: 'days' | 'months'; value: number; min: number; max: number } | null => {
  switch (trigger.type) {
    case 'before_close':
      return { field: 'days', value: trigger.days, min: 0, max: 365 };
    case 'no_contact':
      return { field: 'days', value: trigger.days, min: 1, max: 365 };
    case 'after_win':
      return { field: 'months', value: trigger.months, min: 1, max: 60 };
    default:
      return null;
  }
};
