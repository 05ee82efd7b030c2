import type { RuleAction } from '@shared/contract/schemas/automation';
import { DEAL_KINDS } from '@shared/contract/schemas/deals';
import { isCalendarDate } from '@shared/domain/calendarDate';
import type { SqlValue } from '../changes/ChangeWriter';
import type { DealsTable } from '../db/schema';
import { prepare } from '../db/sql';
import type { ActionDetail } from './ActionDetail';
import type { AutomationScope } from './AutomationScope';

type SetField = Extract<RuleAction, { type: 'set_field' }>;

const COLUMNS: Record<SetField['field'], string> = {
  kind: 'kind',
  sourceId: 'source_id',
  campaignId: 'campaign_id',
  expectedCloseOn: 'expected_close_on',
  notes: 'notes',
};

const isLive = (scope: AutomationScope, table: 'lead_sources' | 'campaigns', id: string): boolean =>
  prepare(scope.db, `SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL AND archived_at IS NULL`).get(id) !==
  undefined;

/** The value as the column takes it, or null when the rule's value is no longer valid there. */
const validValue = (scope: AutomationScope, action: SetField): { value: SqlValue } | null => {
  const value = action.value === '' ? null : action.value;
  if (value === null) return action.field === 'kind' ? null : { value };
  switch (action.field) {
    case 'kind':
      return (DEAL_KINDS as readonly string[]).includes(value) ? { value } : null;
    case 'sourceId':
      return isLive(scope, 'lead_sources', value) ? { value } : null;
    case 'campaignId':
      return isLive(scope, 'campaigns', value) ? { value } : null;
    case 'expectedCloseOn':
      return isCalendarDate(value) ? { value } : null;
    case 'notes':
      return { value };
  }
};

/** Writes one deal field the rule sets, checked as a user's edit would be. */
export const setFieldByRule = (scope: AutomationScope, action: SetField, deal: DealsTable): ActionDetail => {
  const valid = validValue(scope, action);
  if (valid === null) return { code: 'bad_target', params: { field: action.field } };
  const changed = scope.writer.update('deals', deal.id, { [COLUMNS[action.field]]: valid.value }, deal);
  return changed.length === 0 ? { code: 'nothing_changed', params: {} } : { code: 'field_set', params: { field: action.field } };
};
