import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, expectFailure } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const EXPERT = {
  name: 'Технический эксперт',
  role: 'Оценивает решение, бюджет не решает',
  goals: 'Надёжность, простое внедрение',
  pains: 'Старое ПО падает',
  objections: 'Нет интеграции с 1С',
  channels: ['email', 'meeting'] as const,
};

const contact = async (persona: string | null) =>
  (await kit.client.call('contacts.create', { name: `Контакт ${Math.random()}`, persona })).contact;

describe('buyer personas', () => {
  it('are created with their profile and count the contacts that name them (folded)', async () => {
    await contact('технический ЭКСПЕРТ');
    await contact('Технический эксперт');
    await contact('Закупщик');
    const persona = await kit.client.call('personas.create', { ...EXPERT, channels: [...EXPERT.channels] });
    expect(persona).toMatchObject({ ...EXPERT, channels: ['email', 'meeting'], contacts: 2 });
    const taken = await expectFailure(
      kit,
      'personas.create',
      { ...EXPERT, name: ' технический эксперт ', channels: [] },
      'BAD_INPUT',
    );
    expect(taken.issues?.[0]).toMatchObject({ path: 'name', params: { reason: 'name_taken' } });
    await expectFailure(kit, 'personas.create', { ...EXPERT, channels: ['pigeon'] }, 'BAD_INPUT');
  });

  it('a rename carries the new name to the persona’s contacts through the change log', async () => {
    const anna = await contact('Технический эксперт');
    const buyer = await contact('Закупщик');
    const persona = await kit.client.call('personas.create', { ...EXPERT, channels: [] });
    const renamed = await kit.client.call('personas.update', {
      id: persona.id,
      patch: { name: 'Инженер-эксперт', pains: '' },
    });
    expect(renamed).toMatchObject({ name: 'Инженер-эксперт', pains: null, contacts: 1 });
    expect((await kit.client.call('contacts.get', { id: anna.id })).persona).toBe('Инженер-эксперт');
    expect((await kit.client.call('contacts.get', { id: buyer.id })).persona).toBe('Закупщик');
    const logged = kit.backend.db.sqlite
      .prepare("SELECT count(*) FROM change_log WHERE tbl = 'contacts' AND row_id = ?")
      .pluck()
      .get(anna.id) as number;
    expect(logged).toBeGreaterThanOrEqual(2);
  });

  it('a deleted persona leaves its name on contacts and frees the name', async () => {
    const anna = await contact('Технический эксперт');
    const persona = await kit.client.call('personas.create', { ...EXPERT, channels: [] });
    await kit.client.call('personas.delete', { id: persona.id });
    expect(await kit.client.call('personas.list', {})).toEqual([]);
    expect((await kit.client.call('contacts.get', { id: anna.id })).persona).toBe('Технический эксперт');
    await kit.client.call('personas.create', { ...EXPERT, channels: [] });
    await expectFailure(kit, 'personas.update', { id: persona.id, patch: { role: 'x' } }, 'NOT_FOUND');
  });
});
