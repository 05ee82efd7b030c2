import { RULE_DEAL_FIELDS } from '../../contract/schemas/automation';
import type { AutomationEvent } from './AutomationEvent';
import type { DealFacts } from './DealFacts';

export type DealStamps = { stageEnteredAt: number; wonAt: number | null; lostAt: number | null };

/**
 * The events one write made of a deal: created (and entered its first stage), stage left and
 * entered, won, lost, and each field whose value changed. Occurrence keys come from the deal's own
 * stamps (stage entry time, win time), so the same event yields the same key wherever it is seen.
 */
export const dealEvents = (
  before: DealFacts | null,
  after: DealFacts,
  stamps: DealStamps,
  writeId: string,
): AutomationEvent[] => {
  const stageId = String(after.stageId);
  if (before === null) {
    return [
      { type: 'deal_created', occurrence: 'created' },
      { type: 'stage_entered', stageId, occurrence: `entered:${stageId}@${stamps.stageEnteredAt}` },
    ];
  }
  const events: AutomationEvent[] = [];
  if (before.stageId !== after.stageId) {
    events.push({
      type: 'stage_left',
      stageId: String(before.stageId),
      occurrence: `left:${String(before.stageId)}@${stamps.stageEnteredAt}`,
    });
    events.push({ type: 'stage_entered', stageId, occurrence: `entered:${stageId}@${stamps.stageEnteredAt}` });
  }
  if (before.status !== after.status && after.status === 'won')
    events.push({ type: 'deal_won', occurrence: `won@${stamps.wonAt}` });
  if (before.status !== after.status && after.status === 'lost')
    events.push({ type: 'deal_lost', occurrence: `lost@${stamps.lostAt}` });
  for (const field of RULE_DEAL_FIELDS) {
    if (before[field] !== after[field])
      events.push({ type: 'field_changed', field, occurrence: `field:${field}@${writeId}` });
  }
  return events;
};
