import type { RuleDealField } from '../../contract/schemas/automation';

/** What a write did to a deal or a customer, as write triggers see it; `occurrence` keys the run once per event. */
export type AutomationEvent =
  | { type: 'deal_created'; occurrence: string }
  | { type: 'stage_entered'; stageId: string; occurrence: string }
  | { type: 'stage_left'; stageId: string; occurrence: string }
  | { type: 'deal_won'; occurrence: string }
  | { type: 'deal_lost'; occurrence: string }
  | { type: 'field_changed'; field: RuleDealField; occurrence: string }
  | { type: 'customer_churned'; occurrence: string }
  | { type: 'nps_detractor'; occurrence: string };
