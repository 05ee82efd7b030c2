import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const cardFieldMessages = (pipelineId: string) =>
  kit.backend.db.sqlite
    .prepare(
      "SELECT value FROM change_log WHERE tbl = 'pipelines' AND row_id = ? AND col = 'card_field_ids' ORDER BY hlc",
    )
    .pluck()
    .all(pipelineId);

const dealField = (nameEn: string, type: 'text' | 'number' | 'company' | 'single_select') =>
  kit.client.call('customFields.create', {
    entity: 'deal',
    nameRu: nameEn,
    nameEn,
    type,
    options: type === 'single_select' ? [{ label: 'Урал', colour: 'green' }] : [],
  });

const cardOf = async (pipelineId: string, dealId: string) => {
  const board = await kit.client.call('deals.board', { pipelineId });
  return board.columns.flatMap((column) => column.cards).find((card) => card.id === dealId);
};

describe('board card fields', () => {
  it('are chosen per pipeline through the change log, up to three active deal fields', async () => {
    const tender = await dealField('Tender', 'text');
    const machines = await dealField('Machines', 'number');
    const other = await kit.client.call('pipelines.create', { name: 'Партнёры' });
    expect(other.cardFieldIds).toEqual([]);

    const saved = await kit.client.call('pipelines.setCardFields', {
      id: PIPELINE,
      fieldIds: [machines.id, tender.id],
    });
    expect(saved.cardFieldIds).toEqual([machines.id, tender.id]);
    const listed = await kit.client.call('pipelines.list');
    expect(listed.find((pipeline) => pipeline.id === PIPELINE)?.cardFieldIds).toEqual([machines.id, tender.id]);
    expect(listed.find((pipeline) => pipeline.id === other.id)?.cardFieldIds).toEqual([]);
    await kit.client.call('pipelines.setCardFields', { id: PIPELINE, fieldIds: [] });
    // A message per choice, merged by another device as the pipeline's name is.
    expect(cardFieldMessages(PIPELINE).slice(-2)).toEqual([
      JSON.stringify(JSON.stringify([machines.id, tender.id])),
      'null',
    ]);

    const companyField = await kit.client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Штат',
      nameEn: 'Staff',
      type: 'number',
    });
    await expectFailure(kit, 'pipelines.setCardFields', { id: PIPELINE, fieldIds: [companyField.id] }, 'NOT_FOUND');
    await kit.client.call('customFields.archive', { id: tender.id });
    await expectFailure(kit, 'pipelines.setCardFields', { id: PIPELINE, fieldIds: [tender.id] }, 'NOT_FOUND');
    const four = await Promise.all(['A', 'B', 'C', 'D'].map((name) => dealField(name, 'text')));
    await expectFailure(
      kit,
      'pipelines.setCardFields',
      { id: PIPELINE, fieldIds: four.map((field) => field.id) },
      'BAD_INPUT',
    );
    await expectFailure(
      kit,
      'pipelines.setCardFields',
      { id: PIPELINE, fieldIds: [machines.id, machines.id] },
      'BAD_INPUT',
    );
  });

  it('bring the chosen fields’ values (references by name) with the board and its column pages, in no other pipeline', async () => {
    const tender = await dealField('Tender', 'text');
    const dealer = await dealField('Dealer', 'company');
    const region = await dealField('Region', 'single_select');
    const { company } = await kit.client.call('companies.create', { name: 'ООО Дилер' });
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.newLead,
      title: 'Станки',
    });
    await kit.client.call('customFields.setValues', {
      entity: 'deal',
      recordId: deal.id,
      values: { [tender.id]: 'T-123', [dealer.id]: company.id, [region.id]: region.options[0]!.id },
    });
    expect((await cardOf(PIPELINE, deal.id))?.customValues).toBeUndefined();

    await kit.client.call('pipelines.setCardFields', { id: PIPELINE, fieldIds: [dealer.id, tender.id] });
    const card = await cardOf(PIPELINE, deal.id);
    // Only the chosen fields: the region is not on the card.
    expect(card?.customValues).toEqual({ [tender.id]: 'T-123', [dealer.id]: company.id });
    expect(card?.customRefNames).toEqual({ [company.id]: 'ООО Дилер' });

    const page = await kit.client.call('deals.boardColumn', { stageId: STAGE.newLead, limit: 10 });
    expect(page.cards.find((item) => item.id === deal.id)?.customValues).toEqual(card?.customValues);

    const other = await kit.client.call('pipelines.create', { name: 'Партнёры' });
    const stages = await kit.client.call('stages.list', { pipelineId: other.id });
    const elsewhere = await kit.client.call('deals.create', {
      pipelineId: other.id,
      stageId: stages[0]!.id,
      title: 'Там',
    });
    await kit.client.call('customFields.setValues', {
      entity: 'deal',
      recordId: elsewhere.id,
      values: { [tender.id]: 'T-9' },
    });
    expect((await cardOf(other.id, elsewhere.id))?.customValues).toBeUndefined();
  });
});
