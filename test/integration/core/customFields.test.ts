import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, itemsBefore, PIPELINE, STAGE, tickAll } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const newDeal = (stageId: string = STAGE.newLead, title = 'Тендер') =>
  kit.client.call('deals.create', {
    pipelineId: PIPELINE,
    stageId,
    title,
    checkedControlPointIds: itemsBefore(
      (Object.keys(STAGE) as (keyof typeof STAGE)[]).find((key) => STAGE[key] === stageId) ?? 'newLead',
    ),
  });

const selectField = () =>
  kit.client.call('customFields.create', {
    entity: 'deal',
    nameRu: 'Регион дилера',
    nameEn: 'Dealer region',
    type: 'single_select',
    options: [
      { label: 'Москва', colour: 'blue' },
      { label: 'Урал', colour: 'green' },
    ],
  });

describe('custom field definitions', () => {
  it('creates with a key from the name, options in order, reorders, archives and restores', async () => {
    const region = await selectField();
    expect(region).toMatchObject({ key: 'dealer_region', type: 'single_select', required: 'never', archivedAt: null });
    expect(region.options.map((o) => [o.label, o.colour])).toEqual([
      ['Москва', 'blue'],
      ['Урал', 'green'],
    ]);
    const tender = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Номер тендера',
      nameEn: '',
      type: 'text',
      beforeId: region.id,
    });
    expect(tender.key).toBe('nomer_tendera');
    expect((await kit.client.call('customFields.list', { entity: 'deal' })).map((f) => f.id)).toEqual([
      tender.id,
      region.id,
    ]);
    const reordered = await kit.client.call('customFields.reorder', { id: tender.id, afterId: region.id });
    expect(reordered.map((f) => f.id)).toEqual([region.id, tender.id]);

    // The options editor sends the whole list: renamed, reordered, one new, one left out (archived).
    const [moscow, ural] = region.options;
    const edited = await kit.client.call('customFields.update', {
      id: region.id,
      patch: {
        options: [
          { id: ural!.id, label: 'Урал и Сибирь', colour: 'teal' },
          { label: 'Юг', colour: 'orange' },
        ],
      },
    });
    expect(edited.options.map((o) => [o.label, o.archivedAt === null])).toEqual([
      ['Урал и Сибирь', true],
      ['Юг', true],
      ['Москва', false],
    ]);
    expect(edited.options.find((o) => o.id === moscow!.id)?.archivedAt).toBe(kit.clock.now());

    await kit.client.call('customFields.archive', { id: tender.id });
    expect(await kit.client.call('customFields.list', { entity: 'deal' })).toHaveLength(1);
    expect(await kit.client.call('customFields.list', { entity: 'deal', includeArchived: true })).toHaveLength(2);
    expect((await kit.client.call('customFields.restore', { id: tender.id })).archivedAt).toBeNull();
  });

  it('refuses a taken key, options on a non-select, a stage on a non-deal field, no name', async () => {
    await selectField();
    const taken = await expectFailure(
      kit,
      'customFields.create',
      { entity: 'deal', key: 'dealer_region', nameRu: 'x', nameEn: 'x', type: 'text' },
      'BAD_INPUT',
    );
    expect(JSON.stringify(taken)).toContain('key_taken');
    // The same key on another entity is free.
    await kit.client.call('customFields.create', {
      entity: 'company',
      key: 'dealer_region',
      nameRu: 'Регион',
      nameEn: 'Region',
      type: 'text',
    });
    await expectFailure(
      kit,
      'customFields.create',
      { entity: 'deal', nameRu: 'N', nameEn: 'N', type: 'number', options: [{ label: 'a', colour: 'red' }] },
      'BAD_INPUT',
    );
    await expectFailure(
      kit,
      'customFields.create',
      { entity: 'company', nameRu: 'N', nameEn: 'N', type: 'text', required: 'stage', requiredStageId: STAGE.proposal },
      'BAD_INPUT',
    );
    await expectFailure(
      kit,
      'customFields.create',
      { entity: 'deal', nameRu: '', nameEn: ' ', type: 'text' },
      'BAD_INPUT',
    );
  });
});

describe('custom values', () => {
  it('validates every value at the boundary, writes through the change log, reads back typed', async () => {
    const region = await selectField();
    const budget = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Бюджет закупки',
      nameEn: 'Purchase budget',
      type: 'money',
      currency: 'RUB',
    });
    const phone = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Телефон дилера',
      nameEn: 'Dealer phone',
      type: 'phone',
    });
    const manager = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Куратор',
      nameEn: 'Curator',
      type: 'user',
    });
    const deal = await newDeal();
    const ural = region.options[1]!.id;

    const bad = await expectFailure(
      kit,
      'customFields.setValues',
      {
        entity: 'deal',
        recordId: deal.id,
        values: {
          [region.id]: '00000000-0000-7000-8000-000000000999',
          [phone.id]: '12',
          [budget.id]: { amountMinor: 1.5, currency: 'RUB' },
          [manager.id]: '00000000-0000-7000-8000-000000000998',
        },
      },
      'BAD_INPUT',
    );
    expect(bad.issues?.map((issue) => [issue.path, issue.params?.reason])).toEqual([
      [`values.${region.id}`, 'option_unknown'],
      [`values.${phone.id}`, 'phone_invalid'],
      [`values.${budget.id}`, 'amount_invalid'],
      [`values.${manager.id}`, 'record_not_found'],
    ]);
    expect(await kit.client.call('customFields.values', { entity: 'deal', recordId: deal.id })).toEqual({});

    const logBefore = kit.backend.db.sqlite
      .prepare("SELECT count(*) AS n FROM change_log WHERE tbl = 'custom_values'")
      .get() as { n: number };
    const values = await kit.client.call('customFields.setValues', {
      entity: 'deal',
      recordId: deal.id,
      values: {
        [region.id]: ural,
        [phone.id]: '8 (916) 123-45-67',
        [budget.id]: { amountMinor: 150_000_00, currency: 'RUB' },
        [manager.id]: kit.boris,
      },
    });
    expect(values).toEqual({
      [region.id]: ural,
      [phone.id]: '+7 916 123 45 67',
      [budget.id]: { amountMinor: 150_000_00, currency: 'RUB' },
      [manager.id]: kit.boris,
    });
    const logged = kit.backend.db.sqlite
      .prepare("SELECT row_id, col, value FROM change_log WHERE tbl = 'custom_values' ORDER BY hlc")
      .all() as { row_id: string; col: string; value: string }[];
    expect(logged.length).toBeGreaterThan(logBefore.n);
    expect(logged).toContainEqual({
      row_id: `${deal.id}:${region.id}`,
      col: 'text_value',
      value: JSON.stringify(ural),
    });

    // Emptying one value is one logged change; the others stay.
    const after = await kit.client.call('customFields.setValues', {
      entity: 'deal',
      recordId: deal.id,
      values: { [phone.id]: '', [region.id]: ural },
    });
    expect(after[phone.id]).toBeUndefined();
    expect(after[region.id]).toBe(ural);

    // An archived option stays readable on the record that holds it, but cannot be chosen anew.
    await kit.client.call('customFields.update', {
      id: region.id,
      patch: { options: [{ id: region.options[0]!.id, label: 'Москва', colour: 'blue' }] },
    });
    await kit.client.call('customFields.setValues', {
      entity: 'deal',
      recordId: deal.id,
      values: { [region.id]: ural },
    });
    const other = await newDeal(STAGE.newLead, 'Другая');
    await expectFailure(
      kit,
      'customFields.setValues',
      { entity: 'deal', recordId: other.id, values: { [region.id]: ural } },
      'BAD_INPUT',
    );
  });

  it('an always-required field cannot be emptied; values of another entity or a missing record are refused', async () => {
    const inn = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Номер договора',
      nameEn: 'Contract no.',
      type: 'text',
      required: 'always',
    });
    const companyField = await kit.client.call('customFields.create', {
      entity: 'company',
      nameRu: 'Дилер',
      nameEn: 'Dealer',
      type: 'checkbox',
    });
    // Created with it: a form's create must fill an always-required field (customFieldsOnCreate.test.ts).
    const deal = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      title: 'Тендер',
      customValues: { [inn.id]: 'Д-1' },
    });
    const refused = await expectFailure(
      kit,
      'customFields.setValues',
      { entity: 'deal', recordId: deal.id, values: { [inn.id]: '  ' } },
      'BAD_INPUT',
    );
    expect(JSON.stringify(refused)).toContain('value_required');
    await expectFailure(
      kit,
      'customFields.setValues',
      { entity: 'deal', recordId: deal.id, values: { [companyField.id]: true } },
      'NOT_FOUND',
    );
    await expectFailure(
      kit,
      'customFields.setValues',
      { entity: 'company', recordId: deal.id, values: { [companyField.id]: true } },
      'NOT_FOUND',
    );
  });
});

describe('a field required at a stage gates like a control point', () => {
  const gatedSetup = async () => {
    const tender = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Номер тендера',
      nameEn: 'Tender number',
      type: 'text',
      required: 'stage',
      requiredStageId: STAGE.qualification,
    });
    const deal = await newDeal(STAGE.qualification);
    await tickAll(kit, deal.id, 'qualification');
    return { tender, deal };
  };

  it('blocks a forward move (board and drawer use deals.move) until filled; backward is free', async () => {
    const { tender, deal } = await gatedSetup();
    const error = await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: STAGE.proposal }, 'GATE_BLOCKED');
    expect(error.params).toMatchObject({
      action: 'move',
      missing: [],
      missingFields: [{ id: tender.id, stageId: STAGE.qualification, nameRu: 'Номер тендера' }],
    });
    // Skipping the stage is gated too.
    await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: STAGE.negotiation }, 'GATE_BLOCKED');
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.newLead });
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.qualification });

    await kit.client.call('customFields.setValues', {
      entity: 'deal',
      recordId: deal.id,
      values: { [tender.id]: 'Т-42' },
    });
    expect((await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.proposal })).stageId).toBe(
      STAGE.proposal,
    );
  });

  it('blocks a win, a creation straight into a later stage, and an archive that carries deals past it', async () => {
    const { tender, deal } = await gatedSetup();
    await tickAll(kit, deal.id, 'proposal', 'negotiation', 'contract');
    const win = await expectFailure(kit, 'deals.win', { id: deal.id }, 'GATE_BLOCKED');
    expect(win.params).toMatchObject({ action: 'win', missing: [], missingFields: [{ id: tender.id }] });

    const create = await expectFailure(
      kit,
      'deals.create',
      {
        pipelineId: PIPELINE,
        stageId: STAGE.proposal,
        title: 'Сразу',
        checkedControlPointIds: itemsBefore('proposal'),
      },
      'GATE_BLOCKED',
    );
    expect(create.params).toMatchObject({ action: 'create', missingFields: [{ id: tender.id }] });
    const created = await kit.client.call('deals.create', {
      pipelineId: PIPELINE,
      stageId: STAGE.proposal,
      title: 'Сразу',
      checkedControlPointIds: itemsBefore('proposal'),
      customValues: { [tender.id]: 'Т-7' },
    });
    expect(await kit.client.call('customFields.values', { entity: 'deal', recordId: created.id })).toEqual({
      [tender.id]: 'Т-7',
    });

    const archive = await expectFailure(
      kit,
      'stages.archive',
      { id: STAGE.qualification, moveDealsToStageId: STAGE.proposal },
      'CONFLICT',
    );
    expect(archive.params).toMatchObject({ reason: 'archive_target_gated', blockedDeals: 1 });
  });

  it('stops gating once archived or made optional; an always-required field gates every forward move', async () => {
    const { tender, deal } = await gatedSetup();
    await kit.client.call('customFields.archive', { id: tender.id });
    await kit.client.call('deals.move', { id: deal.id, toStageId: STAGE.proposal });
    await kit.client.call('customFields.restore', { id: tender.id });
    await kit.client.call('customFields.update', {
      id: tender.id,
      patch: { required: 'always', requiredStageId: null },
    });
    const error = await expectFailure(kit, 'deals.move', { id: deal.id, toStageId: STAGE.negotiation }, 'GATE_BLOCKED');
    expect(error.params).toMatchObject({ missingFields: [{ id: tender.id, stageId: null }] });
    // Losing is never gated.
    await kit.client.call('deals.lose', { id: deal.id, lossReasonId: '00000000-0000-7000-8000-000000000400' });
  });
});

describe('the deals table by custom fields', () => {
  it('sorts by a number (empty last either way) and a select (by option order), filters by range, option, text, emptiness', async () => {
    const region = await selectField();
    const [moscow, ural] = region.options.map((o) => o.id);
    const units = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Станков',
      nameEn: 'Machines',
      type: 'number',
    });
    const note = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Модель',
      nameEn: 'Model',
      type: 'text',
    });
    const make = async (title: string, values: Record<string, unknown>) => {
      const deal = await newDeal(STAGE.newLead, title);
      await kit.client.call('customFields.setValues', { entity: 'deal', recordId: deal.id, values: values as never });
      return deal;
    };
    await make('A', { [units.id]: 5, [region.id]: ural, [note.id]: 'Станок ЧПУ-5' });
    await make('B', { [units.id]: 12.5, [region.id]: moscow });
    await make('C', { [region.id]: ural });
    await make('D', { [units.id]: -1, [note.id]: 'Пресс' });
    const titles = async (input: object) =>
      (await kit.client.call('deals.list', input as never)).rows.map((row) => row.title);

    expect(await titles({ sort: { field: `cf:${units.id}`, dir: 'asc' } })).toEqual(['D', 'A', 'B', 'C']);
    expect(await titles({ sort: { field: `cf:${units.id}`, dir: 'desc' } })).toEqual(['B', 'A', 'D', 'C']);
    expect(await titles({ sort: { field: `cf:${region.id}`, dir: 'asc' } })).toEqual(['B', 'A', 'C', 'D']);

    const ranged = await kit.client.call('deals.list', {
      customFilters: [{ fieldId: units.id, op: 'range', min: 0, max: null }],
      sort: { field: `cf:${units.id}`, dir: 'desc' },
    });
    expect([ranged.rows.map((row) => row.title), ranged.total]).toEqual([['B', 'A'], 2]);
    expect(ranged.rows[0]?.customValues).toEqual({ [units.id]: 12.5, [region.id]: moscow });

    expect(
      await titles({
        customFilters: [{ fieldId: region.id, op: 'anyOf', ids: [ural] }],
        sort: { field: 'title', dir: 'asc' },
      }),
    ).toEqual(['A', 'C']);
    expect(await titles({ customFilters: [{ fieldId: note.id, op: 'contains', text: 'чпу' }] })).toEqual(['A']);
    expect(await titles({ customFilters: [{ fieldId: units.id, op: 'empty' }] })).toEqual(['C']);
    expect(
      await titles({
        customFilters: [
          { fieldId: units.id, op: 'filled' },
          { fieldId: region.id, op: 'anyOf', ids: [ural, moscow] },
        ],
        sort: { field: 'title', dir: 'asc' },
      }),
    ).toEqual(['A', 'B']);
    await expectFailure(kit, 'deals.list', { sort: { field: 'cf:nope', dir: 'asc' } }, 'BAD_INPUT');
  });
});
