import { describe, expect, it } from 'vitest';
import { companyNameKey } from '@shared/domain/companyNameKey';

describe('companyNameKey', () => {
  it.each([
    ['ООО «Ромашка»', 'ромашка'],
    ['Ромашка, ООО', 'ромашка'],
    ['Общество с ограниченной ответственностью "Ромашка"', 'ромашка'],
    ['ао  Ёлка-Палка', 'елка палка'],
    ['ПАО "Сбербанк России"', 'сбербанк россии'],
    ['Acme Corp.', 'acme'],
    ['ACME, Inc.', 'acme'],
    ['ИП Иванов И.И.', 'иванов и и'],
  ])('%s → %s', (name, key) => {
    expect(companyNameKey(name)).toBe(key);
  });

  it('leaves nothing of a bare legal form', () => {
    expect(companyNameKey('ООО')).toBe('');
  });
});
