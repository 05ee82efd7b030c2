import { companyFormSchema } from '@shared/contract/schemas/companies';
import { leadCreateInputSchema } from '@shared/contract/schemas/leads';
import { completeInn } from '@shared/domain/russianCompanyIds';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, PIPELINE } from './dealsTestKit';

/**
 * Identifiers the tax service has issued must pass every path that validates them: the
 * contract's zod (the renderer's forms use it too), companies.create, companies.update and the
 * new-lead form. Only the check digits decide.
 */
const REAL = {
  gazprom: { name: 'ПАО «Газпром»', inn: '7736050003', ogrn: '1027700070518' },
  railways: { name: 'ОАО «РЖД»', inn: '7708503727', ogrn: '1037739877295' },
  megafon: { name: 'ПАО «МегаФон»', inn: '7812014560', ogrn: '1027809169585' },
  soleTrader: { name: 'ИП Сидоров', inn: '500100732259', ogrn: '304500116000157' },
};
/** 12-digit INNs that start with 00 (no region code), with valid check digits. */
const LEADING_ZEROS = ['001234567887', completeInn('0098765432'), completeInn('0000000001')];
const LEGAL_LEADING_ZEROS = '0012345673';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const reasonsOf = async (method: 'companies.create' | 'companies.update', input: unknown) => {
  const result = await kit.backend.dispatch(method, input);
  return result.ok ? [] : (result.error.issues ?? []).map((issue) => [issue.path, issue.params?.reason]);
};

describe('real identifiers pass every path', () => {
  it('the contract form schema accepts them, including INNs starting with 00', () => {
    const blank = { industry: null, size: null, region: null, segment: null, website: null, phone: null };
    const rest = { ...blank, email: null, ownerId: null, notes: null, kpp: null, ogrn: null, annualRevenueMinor: null };
    for (const company of Object.values(REAL)) {
      expect(companyFormSchema.safeParse({ ...rest, ...company }).success, company.inn).toBe(true);
    }
    for (const inn of [...LEADING_ZEROS, LEGAL_LEADING_ZEROS]) {
      expect(companyFormSchema.safeParse({ ...rest, name: 'X', inn }).success, inn).toBe(true);
    }
    expect(companyFormSchema.safeParse({ ...rest, name: 'X', inn: '001234567888' }).success).toBe(false);
  });

  it('companies.create stores them as given', async () => {
    for (const company of Object.values(REAL)) {
      const saved = await kit.client.call('companies.create', company);
      expect(saved.company).toMatchObject(company);
    }
    for (const inn of LEADING_ZEROS) {
      const saved = await kit.client.call('companies.create', { name: `ИП ${inn}`, inn });
      expect(saved.company.inn).toBe(inn);
    }
    const legal = await kit.client.call('companies.create', {
      name: 'ООО «Ноль»',
      inn: LEGAL_LEADING_ZEROS,
      kpp: '001601001',
    });
    expect(legal.company).toMatchObject({ inn: LEGAL_LEADING_ZEROS, kpp: '001601001' });
  });

  it('companies.update accepts them and still refuses a wrong check digit or a placeholder', async () => {
    const company = (await kit.client.call('companies.create', { name: 'ИП Петров' })).company;
    for (const inn of LEADING_ZEROS) {
      const saved = await kit.client.call('companies.update', { id: company.id, patch: { inn } });
      expect(saved.company.inn).toBe(inn);
    }
    const trader = await kit.client.call('companies.update', {
      id: company.id,
      patch: { inn: LEADING_ZEROS[0], ogrn: REAL.soleTrader.ogrn },
    });
    expect(trader.company).toMatchObject({ inn: LEADING_ZEROS[0], ogrn: REAL.soleTrader.ogrn });
    expect(await reasonsOf('companies.update', { id: company.id, patch: { inn: '001234567888' } })).toEqual([
      ['patch.inn', 'inn_checksum'],
    ]);
    expect(await reasonsOf('companies.create', { name: 'Пусто', inn: '000000000000' })).toEqual([
      ['inn', 'inn_placeholder'],
    ]);
  });

  it('leads.create makes the company with an INN starting with 00, and its schema agrees', async () => {
    const input = { pipelineId: PIPELINE, companyName: 'ИП Нулевой', inn: LEADING_ZEROS[1] };
    expect(leadCreateInputSchema.safeParse(input).success).toBe(true);
    const deal = await kit.client.call('leads.create', input);
    expect((await kit.client.call('companies.get', { id: deal.companyId! })).inn).toBe(LEADING_ZEROS[1]);
    const gazprom = await kit.client.call('leads.create', {
      pipelineId: PIPELINE,
      companyName: REAL.gazprom.name,
      inn: REAL.gazprom.inn,
    });
    expect((await kit.client.call('companies.get', { id: gazprom.companyId! })).inn).toBe(REAL.gazprom.inn);
    const wrong = await kit.backend.dispatch('leads.create', { ...input, inn: '001234567888' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'inn', params: { reason: 'inn_checksum' } }] },
    });
  });
});
