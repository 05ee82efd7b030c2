import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
import { deriveAll } from '../../../src-main/core/changes/derivedColumns';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

/** Issue 17 #11: one phone rule for companies and contacts, whichever way a number is written. */
describe('phones through dispatch', () => {
  it('companies and contacts store a Kazakh number and an extension alike, in international form', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const { company } = await client.call('companies.create', { name: 'ТОО «Алма»', phone: '(701) 234-56-78 доб. 12' });
    const { contact } = await client.call('contacts.create', { name: 'Айгуль', phone: '(701) 234-56-78 доб. 12' });
    for (const saved of [company, contact]) {
      expect(saved).toMatchObject({ phone: '+7 701 234 5678 ext. 12', phoneNormalized: '+77012345678;ext=12' });
    }
    const updated = await client.call('contacts.update', {
      id: contact.id,
      patch: { phone: '+49 (0) 30 1234567 вн. 3' },
    });
    expect(updated.contact).toMatchObject({ phone: '+49 30 1234567 ext. 3', phoneNormalized: '+49301234567;ext=3' });
    const updatedCompany = await client.call('companies.update', {
      id: company.id,
      patch: { phone: '8 701 234 56 78' },
    });
    expect(updatedCompany.company).toMatchObject({ phone: '+7 701 234 5678', phoneNormalized: '+77012345678' });
  });

  it('refuses an invalid number for both with the translatable reason', async () => {
    backend = createTempBackend();
    for (const procedure of ['companies.create', 'contacts.create'] as const) {
      const result = await backend.dispatch(procedure, { name: 'X', phone: '+7 916 123' });
      expect(result).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'phone', params: { reason: 'phone_invalid' } }] },
      });
    }
  });

  it('finds duplicates across formats: a trunk "(0)", spacing and the extension word do not matter', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const { company } = await client.call('companies.create', { name: 'Berlin GmbH', phone: '+49 (0) 30 1234567' });
    const { contact } = await client.call('contacts.create', { name: 'Hans', phone: '+7 495 123-45-67 доб. 12' });

    const companies = await client.call('companies.duplicates', { phone: '0049 30 123 45 67' });
    expect(companies.map((d) => [d.id, d.matchedOn])).toEqual([[company.id, ['phone']]]);
    const contacts = await client.call('contacts.duplicates', { phone: '8 (495) 1234567 ext 12' });
    expect(contacts.map((d) => [d.id, d.matchedOn])).toEqual([[contact.id, ['phone']]]);
    // Another extension is another person's line.
    expect(await client.call('contacts.duplicates', { phone: '8 (495) 1234567 доб. 13' })).toEqual([]);

    const second = await client.call('companies.create', { name: 'Berlin Zwei', phone: '+49 30 1234567' });
    expect(second.duplicates.map((d) => d.id)).toEqual([company.id]);
  });
});

/** Issue 17 #11: the workspace's default phone country reads numbers typed without "+". */
describe('the default phone country', () => {
  it('is a validated setting: a supported ISO code, upper-cased; anything else is refused', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    expect((await client.call('settings.get'))['workspace.phoneCountry']).toBe('RU');
    expect((await client.call('settings.set', { 'workspace.phoneCountry': ' kz ' }))['workspace.phoneCountry']).toBe(
      'KZ',
    );
    for (const bad of ['XX', 'RUS', '']) {
      expect(await backend.dispatch('settings.set', { 'workspace.phoneCountry': bad })).toMatchObject({
        ok: false,
        error: {
          code: 'BAD_INPUT',
          issues: [{ path: 'workspace.phoneCountry', params: { reason: 'phone_country_invalid' } }],
        },
      });
    }
  });

  it('reads national numbers as its country on create, update and duplicate lookup, for companies and contacts', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    // Under Russia a Berlin number without its country code is no number.
    expect(await backend.dispatch('contacts.create', { name: 'Hans', phone: '030 1234567' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'phone', params: { reason: 'phone_invalid' } }] },
    });
    await client.call('settings.set', { 'workspace.phoneCountry': 'DE' });
    const { contact } = await client.call('contacts.create', { name: 'Hans', phone: '030 1234567' });
    expect(contact).toMatchObject({ phone: '+49 30 1234567', phoneNormalized: '+49301234567' });
    const { company } = await client.call('companies.create', { name: 'Berlin GmbH', phone: '030 7654321' });
    expect(company).toMatchObject({ phone: '+49 30 7654321', phoneNormalized: '+49307654321' });
    const moved = await client.call('companies.update', { id: company.id, patch: { phone: '089 1234567' } });
    expect(moved.company.phone).toBe('+49 89 1234567');
    const edited = await client.call('contacts.update', { id: contact.id, patch: { phone: '(030) 1234567 ext. 4' } });
    expect(edited.contact).toMatchObject({ phone: '+49 30 1234567 ext. 4', phoneNormalized: '+49301234567;ext=4' });
    expect((await client.call('contacts.duplicates', { phone: '030 1234567-4' })).map((d) => d.id)).toEqual([]);
    expect((await client.call('contacts.duplicates', { phone: '030 1234567 доб. 4' })).map((d) => d.id)).toEqual([
      contact.id,
    ]);
    expect((await client.call('companies.duplicates', { phone: '089/1234567' })).map((d) => d.id)).toEqual([
      company.id,
    ]);
    // A patch without a phone leaves it alone; clearing it clears it.
    expect((await client.call('contacts.update', { id: contact.id, patch: { name: 'Hans M.' } })).contact.phone).toBe(
      '+49 30 1234567 ext. 4',
    );
    expect((await client.call('contacts.update', { id: contact.id, patch: { phone: '' } })).contact.phone).toBeNull();
  });

  it('never re-keys stored numbers when it changes: they are stored in international form', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const { contact } = await client.call('contacts.create', { name: 'Иван', phone: '8 (912) 345-67-89' });
    const { company } = await client.call('companies.create', { name: 'ТОО «Алма»', phone: '(701) 234-56-78' });
    expect(contact).toMatchObject({ phone: '+7 912 345 67 89', phoneNormalized: '+79123456789' });
    // The same numbers, whatever the setting now says: a "+" number's key has no country in it.
    await client.call('settings.set', { 'workspace.phoneCountry': 'US' });
    const renamed = await client.call('contacts.update', { id: contact.id, patch: { name: 'Иван Петров' } });
    expect(renamed.contact).toMatchObject({ phone: '+7 912 345 67 89', phoneNormalized: '+79123456789' });
    const retyped = await client.call('companies.update', { id: company.id, patch: { phone: company.phone } });
    expect(retyped.company).toMatchObject({ phone: '+7 701 234 5678', phoneNormalized: '+77012345678' });
    // Found by the stored form under any setting; a national Russian form is now read as American (no match).
    expect((await client.call('contacts.duplicates', { phone: '+7 912 345-67-89' })).map((d) => d.id)).toEqual([
      contact.id,
    ]);
    expect(await client.call('contacts.duplicates', { phone: '8 (912) 345-67-89' })).toEqual([]);
    // A number stored as typed before the international-form rule keeps its Russian key on every device.
    const db = openDatabase(backend.dbPath);
    try {
      expect(deriveAll('contacts', { phone: '8 (912) 345-67-89', name: 'x' }, db).phone_normalized).toBe(
        '+79123456789',
      );
    } finally {
      closeDatabase(db);
    }
  });
});
