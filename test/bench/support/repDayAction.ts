import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import type { BenchDevice } from './benchDevice';

export const ACTIONS = ['activity', 'edit', 'task', 'move', 'newDeal'] as const;
export type RepAction = (typeof ACTIONS)[number];

/**
 * What a rep does between syncs, by weight: mostly calls, e-mails and meetings logged on a deal,
 * then edits of a deal's value or notes, a next step planned (or the last one done), a deal
 * moved on (its stage's checklist ticked first, as the gate asks), now and then a new deal.
 */
const WEIGHTS: Record<RepAction, number> = { activity: 40, edit: 25, task: 18, move: 12, newDeal: 5 };

export const pickAction = (random: () => number): RepAction => {
  const total = ACTIONS.reduce((sum, action) => sum + WEIGHTS[action], 0);
  let roll = random() * total;
  for (const action of ACTIONS) {
    roll -= WEIGHTS[action];
    if (roll < 0) return action;
  }
  return 'activity';
};

type OpenDeal = { id: string; stage_id: string; value_minor: number | null };

/** The open deals this person works on: their own (a rep) or their team's (a manager), as this device has them. */
const openDeals = (device: BenchDevice): OpenDeal[] =>
  device.backend.db.sqlite
    .prepare("SELECT id, stage_id, value_minor FROM deals WHERE status = 'open' AND deleted_at IS NULL")
    .all() as OpenDeal[];

const openTask = (device: BenchDevice): string | undefined =>
  device.backend.db.sqlite
    .prepare(
      'SELECT id FROM activities WHERE due_at IS NOT NULL AND done_at IS NULL AND deleted_at IS NULL AND owner_id = ? LIMIT 1',
    )
    .pluck()
    .get(device.userId) as string | undefined;

const SUBJECTS = ['Созвон: бюджет', 'Письмо с КП', 'Встреча у клиента', 'Уточнить сроки', 'Демо продукта'];

/** Does one action on the device through its contract, as the UI would; returns the action done. */
export const repDayAction = async (
  device: BenchDevice,
  action: RepAction,
  random: () => number,
): Promise<RepAction> => {
  const deals = openDeals(device);
  const deal = deals[Math.floor(random() * deals.length)];
  const subject = SUBJECTS[Math.floor(random() * SUBJECTS.length)]!;
  if (deal === undefined || action === 'newDeal') {
    const { company } = await device.client.call('companies.create', {
      name: `ООО «Бенч ${Math.floor(random() * 1e9)}»`,
    });
    await device.client.call('deals.create', {
      title: `Поставка, ${company.name}`,
      pipelineId: DEFAULT_PIPELINE.id,
      companyId: company.id,
      ownerId: device.userId,
    });
    return 'newDeal';
  }
  if (action === 'activity') {
    const type = (['call', 'email', 'meeting'] as const)[Math.floor(random() * 3)]!;
    await device.client.call('activities.log', { type, dealId: deal.id, subject });
  } else if (action === 'edit') {
    const patch =
      random() < 0.5
        ? { valueMinor: Math.round((deal.value_minor ?? 100_000_00) * (0.9 + random() * 0.3)) }
        : { notes: `${subject}, ${new Date().toISOString().slice(11, 19)}` };
    await device.client.call('deals.update', { id: deal.id, patch });
  } else if (action === 'task') {
    const task = openTask(device);
    if (task !== undefined && random() < 0.5) await device.client.call('activities.complete', { id: task });
    else await device.client.call('activities.plan', { subject, dealId: deal.id, dueAt: Date.now() + 86_400_000 });
  } else {
    const at = DEFAULT_STAGES.findIndex((stage) => stage.id === deal.stage_id);
    const next = DEFAULT_STAGES[at + 1];
    // The last stage: the deal is won instead.
    if (next === undefined || next.key === 'customer') {
      await device.client.call('deals.update', { id: deal.id, patch: { notes: `${subject}: договор подписан` } });
      return 'move';
    }
    for (const point of DEFAULT_STAGES[at]?.controlPoints ?? []) {
      await device.client.call('deals.check', { dealId: deal.id, controlPointId: point.id, checked: true });
    }
    await device.client.call('deals.move', { id: deal.id, toStageId: next.id });
  }
  return action;
};
