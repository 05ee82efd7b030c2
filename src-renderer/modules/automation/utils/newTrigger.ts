import type { RuleTrigger } from '@shared/contract/schemas/automation';

/** A trigger of this type with the editor's starting values. */
export const newTrigger = (type: RuleTrigger['type']): RuleTrigger => {
  switch (type) {
    case 'stage_entered':
    case 'stage_left':
      return { type, stageId: null };
    case 'field_changed':
      return { type, field: 'expectedCloseOn' };
    case 'before_close':
      return { type, days: 3 };
    case 'after_win':
      return { type, months: 11 };
    case 'no_contact':
      return { type, days: 30 };
    default:
      return { type } as RuleTrigger;
  }
};
