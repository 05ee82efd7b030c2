import type { ImportMappingInput } from '@shared/contract/schemas/imports';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { FIXTURES, live } from './importFile';

const upload = (name: string) => ({ fileName: name, base64: readFileSync(join(FIXTURES, name)).toString('base64') });

/** The wizard's procedures through dispatch, as the app calls them: bytes in, never a path. */
describe('imports.* procedures', () => {
  let backend: TempBackend;
  beforeEach(() => {
    backend = createTempBackend();
  });
  afterEach(() => backend.dispose());

  it('previews an upload with suggestions from Russian headers, imports it, lists and undoes it', async () => {
    const client = clientFor(backend);
    const preview = await client.call('imports.preview', { ...upload('contacts-cp1251.csv'), entity: 'contacts' });
    expect(preview).toMatchObject({ format: 'csv', encoding: 'windows-1251', delimiter: ';' });
    expect(preview.headers).toEqual(['ФИО', 'Компания', 'E-mail', 'Телефон', 'Должность']);
    expect(preview.rows[0]?.[0]).toBe('Иван Петров');
    // Each column's distinct values (trimmed, blanks left out), for the wizard's value mapping.
    expect(preview.values['Компания']).toEqual(['ООО «Ромашка»', 'Ромашка', 'АО «Василёк»']);
    expect(preview.values['ФИО']).toHaveLength(4);
    expect(preview.suggestions).toEqual({
      name: 'ФИО',
      company: 'Компания',
      jobTitle: 'Должность',
      email: 'E-mail',
      phone: 'Телефон',
    });

    const mapping: ImportMappingInput = {
      entity: 'contacts',
      columns: preview.suggestions,
      dedupe: { keys: ['email', 'phone'], action: 'update' },
    };
    const dry = await client.call('imports.run', { ...upload('contacts-cp1251.csv'), mapping, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, created: 3, updated: 2 });
    expect(live(backend, 'contacts')).toBe(0);
    const done = await client.call('imports.run', { ...upload('contacts-cp1251.csv'), mapping });
    expect(live(backend, 'contacts')).toBe(3);
    expect(backend.received).toContainEqual({
      type: 'data.changed',
      tables: expect.arrayContaining(['contacts', 'companies']),
    });

    const log = await client.call('imports.list', {});
    expect(log).toEqual([
      expect.objectContaining({
        id: done.importId,
        entity: 'contacts',
        fileName: 'contacts-cp1251.csv',
        created: 3,
        updated: 2,
        undoneAt: null,
      }),
    ]);
    await client.call('imports.undo', { id: done.importId ?? '' });
    expect(live(backend, 'contacts')).toBe(0);
    expect((await client.call('imports.list', {}))[0]?.undoneAt).toEqual(expect.any(Number));
  });

  it('answers a refused file with its reason, and a bad mapping with BAD_INPUT at the contract', async () => {
    const refused = await backend.dispatch('imports.preview', upload('binary.csv'));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', params: { reason: 'import_binary_file' } },
    });
    const bad = await backend.dispatch('imports.run', {
      ...upload('contacts-cp1251.csv'),
      mapping: { entity: 'contacts', columns: { title: 'ФИО' } },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const missing = await backend.dispatch('imports.undo', { id: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('saves mapping presets by name, replaces one saved under a taken name, lists them per target and deletes them', async () => {
    const client = clientFor(backend);
    const contacts: ImportMappingInput = { entity: 'contacts', columns: { name: 'ФИО', email: 'E-mail' } };
    await client.call('imports.savePreset', { name: 'Битрикс24 контакты', mapping: contacts });
    await client.call('imports.savePreset', {
      name: 'amoCRM сделки',
      mapping: {
        entity: 'deals',
        columns: { title: 'Название' },
        values: { stage: { Успешно: { stage: 'contract', status: 'won' } } },
      },
    });
    await client.call('imports.savePreset', {
      name: 'Битрикс24 контакты',
      mapping: { ...contacts, dedupe: { keys: ['email'], action: 'update' } },
    });
    const all = await client.call('imports.presets', {});
    expect(all.map((preset) => preset.name)).toEqual(['amoCRM сделки', 'Битрикс24 контакты']);
    const forContacts = await client.call('imports.presets', { entity: 'contacts' });
    expect(forContacts).toHaveLength(1);
    expect(forContacts[0]?.mapping.dedupe).toEqual({ keys: ['email'], action: 'update' });
    expect(all[0]?.mapping.values.stage).toEqual({ Успешно: { stage: 'contract', status: 'won' } });
    const bad = await backend.dispatch('imports.savePreset', { name: ' ', mapping: contacts });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    await client.call('imports.deletePreset', { name: 'amoCRM сделки' });
    expect((await client.call('imports.presets', {})).map((preset) => preset.name)).toEqual(['Битрикс24 контакты']);
  });
});
