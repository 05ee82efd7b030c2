import type { RuleTrigger } from '../../contract/schemas/automation';
import type { AutomationEvent } from './AutomationEvent';

/** Whether a write event fires a rule's trigger (time triggers never match a write). */
export const triggerMatches = (trigger: RuleTrigger, event: AutomationEvent): boolean => {
  if (trigger.type !== event.type) return false;
  if ((trigger.type === 'stage_entered' || trigger.type === 'stage_left') && 'stageId' in event) {
    return trigger.stageId === null || trigger.stageId === event.stageId;
  }
  if (trigger.type === 'field_changed' && event.type === 'field_changed') return trigger.field === event.field;
  return true;
};
