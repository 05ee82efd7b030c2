import { companyFormSchema } from '@shared/contract/schemas/companies';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

const SBER = { inn: '7707083893', kpp: '773601001', ogrn: '1027700132195' };
const SOLE_TRADER = { inn: '500100732259', ogrn: '304500116000157' };

const issuesOf = async (input: Record<string, unknown>) => {
  const result = await backend.dispatch('companies.create', { name: 'Test', ...input });
  if (result.ok) return [];
  expect(result.error.code).toBe('BAD_INPUT');
  return (result.error.issues ?? []).map((issue) => [issue.path, issue.params?.reason]);
};

describe('companies: Russian identifiers', () => {
  it('accepts valid INN/KPP/OGRN of a legal entity and INN/OGRNIP of a sole trader', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const legal = await client.call('companies.create', { name: 'ПАО Сбербанк', ...SBER });
    expect(legal.company).toMatchObject(SBER);
    const trader = await client.call('companies.create', { name: 'ИП Иванов', ...SOLE_TRADER });
    expect(trader.company).toMatchObject({ ...SOLE_TRADER, kpp: null });
    const spaced = await client.call('companies.create', { name: 'Яндекс', inn: ' 7736 207543 ' });
    expect(spaced.company.inn).toBe('7736207543');
  });

  it.each([
    [{ inn: '7707083894' }, [['inn', 'inn_checksum']]],
    [{ inn: '500100732258' }, [['inn', 'inn_checksum']]],
    [{ inn: '77070838' }, [['inn', 'inn_format']]],
    [{ inn: '77070838AB' }, [['inn', 'inn_format']]],
    [{ inn: SBER.inn, kpp: '7736010' }, [['kpp', 'kpp_format']]],
    [{ inn: SOLE_TRADER.inn, kpp: SBER.kpp }, [['kpp', 'kpp_without_legal_inn']]],
    [{ kpp: SBER.kpp }, [['kpp', 'kpp_without_legal_inn']]],
    [{ ogrn: '1027700132196' }, [['ogrn', 'ogrn_checksum']]],
    [{ ogrn: '304500116000158' }, [['ogrn', 'ogrn_checksum']]],
    [{ ogrn: '12345' }, [['ogrn', 'ogrn_format']]],
    [{ inn: SBER.inn, ogrn: SOLE_TRADER.ogrn }, [['ogrn', 'ogrn_inn_mismatch']]],
    [{ inn: SOLE_TRADER.inn, ogrn: SBER.ogrn }, [['ogrn', 'ogrn_inn_mismatch']]],
  ])('%j → %j', async (input, expected) => {
    backend = createTempBackend();
    expect(await issuesOf(input)).toEqual(expected);
  });

  it('reports the other fields too: name, e-mail, phone and website', async () => {
    backend = createTempBackend();
    const result = await backend.dispatch('companies.create', {
      name: ' ',
      email: 'a@b',
      phone: 'call me',
      website: 'not a site',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issues = new Map(
      (result.error.issues ?? []).map((issue) => [issue.path, issue.params?.reason ?? issue.code]),
    );
    expect(issues.get('name')).toBe('too_small');
    expect(issues.get('email')).toBe('email_invalid');
    expect(issues.get('phone')).toBe('phone_invalid');
    expect(issues.get('website')).toBe('website_invalid');
  });

  it('checks a patch against the identifiers it does not replace, on the patch path', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const trader = (await client.call('companies.create', { name: 'ИП', inn: SOLE_TRADER.inn })).company;
    const kpp = await backend.dispatch('companies.update', { id: trader.id, patch: { kpp: SBER.kpp } });
    expect(kpp).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'patch.kpp', params: { reason: 'kpp_without_legal_inn' } }] },
    });
    const checksum = await backend.dispatch('companies.update', { id: trader.id, patch: { inn: '500100732258' } });
    expect(checksum).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'patch.inn', params: { reason: 'inn_checksum' } }] },
    });
    // Switching to a legal entity's identifiers in one patch is fine.
    const switched = await client.call('companies.update', { id: trader.id, patch: { ...SBER } });
    expect(switched.company).toMatchObject(SBER);
  });

  it('judges a patch on the merged record: a KPP or an OGRN added alone to a legal entity is accepted', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const legal = (await client.call('companies.create', { name: 'ПАО Сбербанк', inn: SBER.inn })).company;
    // The company form sends only the changed box.
    const withKpp = await client.call('companies.update', { id: legal.id, patch: { kpp: SBER.kpp } });
    expect(withKpp.company).toMatchObject({ inn: SBER.inn, kpp: SBER.kpp });
    const changedKpp = await client.call('companies.update', { id: legal.id, patch: { kpp: '773643001' } });
    expect(changedKpp.company.kpp).toBe('773643001');
    const withOgrn = await client.call('companies.update', { id: legal.id, patch: { ogrn: SBER.ogrn } });
    expect(withOgrn.company).toMatchObject({ inn: SBER.inn, ogrn: SBER.ogrn });
    // The merged record still holds the rules: a sole trader's INN cannot replace the legal one under its KPP.
    const toTrader = await backend.dispatch('companies.update', { id: legal.id, patch: { inn: SOLE_TRADER.inn } });
    expect(toTrader).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (toTrader.ok) return;
    expect(toTrader.error.issues?.map((issue) => [issue.path, issue.params?.reason])).toEqual([
      ['patch.kpp', 'kpp_without_legal_inn'],
      ['patch.ogrn', 'ogrn_inn_mismatch'],
    ]);
    // Removing the INN with its KPP and OGRN in one patch is fine; the KPP alone is not.
    const dropInn = await backend.dispatch('companies.update', { id: legal.id, patch: { inn: null } });
    expect(dropInn.ok).toBe(false);
    const cleared = await client.call('companies.update', {
      id: legal.id,
      patch: { inn: null, kpp: null, ogrn: null },
    });
    expect(cleared.company).toMatchObject({ inn: null, kpp: null, ogrn: null });
  });

  it('gives the renderer the very same rules through the form schema', () => {
    const result = companyFormSchema.safeParse({
      name: 'Форма',
      inn: '7707083894',
      kpp: null,
      ogrn: null,
      industry: '',
      size: null,
      region: '',
      segment: '',
      website: 'https://WWW.Example.com/x',
      phone: '',
      email: '',
      ownerId: null,
      notes: '',
      annualRevenueMinor: null,
    });
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((issue) => [
        issue.path.join('.'),
        (issue as { params?: { reason?: string } }).params?.reason,
      ]),
    ).toEqual([['inn', 'inn_checksum']]);
    const ok = companyFormSchema.parse({
      name: 'Форма',
      inn: SBER.inn,
      kpp: SBER.kpp,
      ogrn: SBER.ogrn,
      industry: ' IT ',
      size: 'large',
      region: '',
      segment: '',
      website: 'https://WWW.Example.com/x',
      phone: '',
      email: 'Info@Example.com',
      ownerId: null,
      annualRevenueMinor: null,
      notes: '',
    });
    expect(ok).toMatchObject({ industry: 'IT', region: null, phone: null, email: 'info@example.com' });
  });
});
