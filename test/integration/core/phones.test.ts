import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
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
    const updated = await client.call('contacts.update', { id: contact.id, patch: { phone: '+49 (0) 30 1234567 вн. 3' } });
    expect(updated.contact).toMatchObject({ phone: '+49 30 1234567 ext. 3', phoneNormalized: '+49301234567;ext=3' });
    const updatedCompany = await client.call('companies.update', { id: company.id, patch: { phone: '8 701 234 56 78' } });
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
