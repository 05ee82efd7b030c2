import { describe, expect, it } from 'vitest';
import { companyIdentifierConflicts, innIssue, kppIssue, ogrnIssue } from '@shared/domain/companyIdentifierIssues';

const LEGAL = { inn: '7707083893', kpp: '773601001', ogrn: '1027700132195' };
const TRADER = { inn: '500100732259', ogrn: '304500116000157' };

describe('company identifier rules', () => {
  it.each([
    ['7707083893', null],
    ['500100732259', null],
    ['7707083894', 'inn_checksum'],
    ['0007083893', 'inn_checksum'],
    ['0007083895', null],
    ['001234567887', null],
    ['001234567888', 'inn_checksum'],
    ['000000000000', 'inn_placeholder'],
    ['0000000000', 'inn_placeholder'],
    ['770708389', 'inn_format'],
    ['77070838931', 'inn_format'],
    ['７７０７０８３８９３', 'inn_format'],
  ])('INN %s → %s', (inn, reason) => {
    expect(innIssue(inn)?.reason ?? null).toBe(reason);
  });

  it.each([
    ['773601001', null],
    ['7736AB001', null],
    ['001601001', null],
    ['77360100', 'kpp_format'],
    ['7736ab001', 'kpp_format'],
  ])('KPP %s → %s', (kpp, reason) => {
    expect(kppIssue(kpp)?.reason ?? null).toBe(reason);
  });

  it.each([
    ['1027700132195', null],
    ['304500116000157', null],
    ['1027700132196', 'ogrn_checksum'],
    ['304500116000158', 'ogrn_checksum'],
    ['102770013219', 'ogrn_format'],
    ['10277001321950', 'ogrn_format'],
  ])('OGRN %s → %s', (ogrn, reason) => {
    expect(ogrnIssue(ogrn)?.reason ?? null).toBe(reason);
  });

  it.each([
    [LEGAL, []],
    [TRADER, []],
    [{}, []],
    [{ kpp: LEGAL.kpp }, [['kpp', 'kpp_without_legal_inn']]],
    [{ inn: TRADER.inn, kpp: LEGAL.kpp }, [['kpp', 'kpp_without_legal_inn']]],
    [{ inn: LEGAL.inn, ogrn: TRADER.ogrn }, [['ogrn', 'ogrn_inn_mismatch']]],
    [{ inn: TRADER.inn, ogrn: LEGAL.ogrn }, [['ogrn', 'ogrn_inn_mismatch']]],
    // A field broken on its own has its own issue; no conflict is piled on top.
    [{ inn: '123', kpp: LEGAL.kpp, ogrn: LEGAL.ogrn }, []],
    [{ inn: LEGAL.inn, kpp: 'bad', ogrn: 'bad' }, []],
  ])('%j conflicts: %j', (identifiers, expected) => {
    expect(companyIdentifierConflicts(identifiers).map((issue) => [issue.field, issue.reason])).toEqual(expected);
  });
});
