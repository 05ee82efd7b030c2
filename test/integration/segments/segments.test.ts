import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure, PIPELINE } from '../core/dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const company = async (name: string, fields: Record<string, unknown> = {}) =>
  (await kit.client.call('companies.create', { name, ...fields })).company;
const deal = (title: string, fields: Record<string, unknown> = {}) =>
  kit.client.call('deals.create', { pipelineId: PIPELINE, title, ...fields });

const boardTitles = async (segmentId: string) =>
  (await kit.client.call('deals.board', { pipelineId: DEFAULT_PIPELINE.id, segmentId })).columns
    .flatMap((column) => column.cards)
    .map((card) => card.title)
    .sort();

describe('segments', () => {
  it('filter the board, the deals and companies tables, with live member counts', async () => {
    const cargo = await company('ООО «Груз»', { industry: 'Логистика', size: 'medium' });
    const shop = await company('ООО «Лавка»', { industry: 'Ритейл', size: 'medium' });
    await deal('Перевозки', { companyId: cargo.id, ownerId: kit.anna, valueMinor: 500_000 });
    await deal('Склад', { companyId: cargo.id, ownerId: kit.boris, valueMinor: 100 });
    await deal('Витрина', { companyId: shop.id, ownerId: kit.anna, valueMinor: 500_000 });
    await deal('Без компании', { ownerId: kit.anna });

    const logistics = await kit.client.call('segments.create', {
      name: 'Логистика, крупные сделки',
      rules: { company: { industries: ['логистика'] }, deal: { valueMinMinor: 100_000 } },
    });
    expect(logistics.members).toEqual({ companies: 1, openDeals: 1 });
    expect(await boardTitles(logistics.id)).toEqual(['Перевозки']);
    const table = await kit.client.call('deals.list', { segmentId: logistics.id });
    expect(table.rows.map((row) => row.title)).toEqual(['Перевозки']);
    expect((await kit.client.call('companies.list', { segmentId: logistics.id })).rows.map((row) => row.name)).toEqual([
      'ООО «Груз»',
    ]);

    // Live: a new deal that fits joins the board and the count at once.
    await deal('Экспедирование', { companyId: cargo.id, valueMinor: 900_000 });
    expect(await boardTitles(logistics.id)).toEqual(['Перевозки', 'Экспедирование']);
    expect((await kit.client.call('segments.list', {}))[0]?.members).toEqual({ companies: 1, openDeals: 2 });

    const annas = await kit.client.call('segments.update', {
      id: logistics.id,
      patch: { name: 'Сделки Анны', rules: { company: {}, deal: { ownerIds: [kit.anna] } } },
    });
    // A deal created without an owner is the current user's (Anna's).
    expect(annas.members).toEqual({ companies: 2, openDeals: 4 });
    expect(await boardTitles(annas.id)).toEqual(['Без компании', 'Витрина', 'Перевозки', 'Экспедирование']);
  });

  it('refuse a taken name, an unknown custom field, and a deleted segment as a filter', async () => {
    const first = await kit.client.call('segments.create', {
      name: 'Клиенты',
      rules: { company: { customerStatuses: ['active'] } },
    });
    const taken = await expectFailure(kit, 'segments.create', { name: ' клиенты ', rules: {} }, 'BAD_INPUT');
    expect(taken.issues?.[0]).toMatchObject({ path: 'name', params: { reason: 'name_taken' } });
    await expectFailure(
      kit,
      'segments.create',
      {
        name: 'Чужое поле',
        rules: { deal: { custom: [{ fieldId: '00000000-0000-7000-8000-000000000999', op: 'filled' }] } },
      },
      'NOT_FOUND',
    );
    await kit.client.call('segments.delete', { id: first.id });
    expect(await kit.client.call('segments.list', {})).toEqual([]);
    await expectFailure(kit, 'deals.board', { pipelineId: PIPELINE, segmentId: first.id }, 'NOT_FOUND');
  });
});
