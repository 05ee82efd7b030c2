import { importDedupeKeys } from '@shared/domain/import/importDedupeKeys';
import { describe, expect, it } from 'vitest';

describe('importDedupeKeys', () => {
  it('matches an e-mail in another case and a phone in another format to the same keys', () => {
    const a = importDedupeKeys(
      'contacts',
      { email: 'Ivan.Petrov@Example.RU', phone: '8 (912) 345-67-89' },
      ['email', 'phone'],
      'RU',
    );
    const b = importDedupeKeys(
      'contacts',
      { email: 'ivan.petrov@example.ru', phone: '+7 912 345 67 89' },
      ['email', 'phone'],
      'RU',
    );
    expect(a).toEqual(['email:ivan.petrov@example.ru', 'phone:+79123456789']);
    expect(b).toEqual(a);
  });

  it('reads INNs as digits, domains from web addresses, company names without their legal form', () => {
    expect(
      importDedupeKeys(
        'companies',
        { inn: '7707 083893', website: 'https://www.Example.ru/about', name: 'ООО «Ромашка»' },
        ['inn', 'domain', 'name'],
        'RU',
      ),
    ).toEqual(['inn:7707083893', 'domain:example.ru', expect.stringMatching(/^name:ромашка$/u)]);
    expect(importDedupeKeys('companies', { name: 'Ромашка' }, ['name'], 'RU')).toEqual(
      importDedupeKeys('companies', { name: 'ООО "Ромашка"' }, ['name'], 'RU'),
    );
  });

  it('gives only the keys asked for that the record has; unreadable values give none', () => {
    expect(importDedupeKeys('contacts', { name: 'Анна', email: 'not an address' }, ['email'], 'RU')).toEqual([]);
    expect(importDedupeKeys('deals', { title: '  Поставка  СЕРВЕРОВ ' }, ['title', 'name'], 'RU')).toEqual([
      'title:поставка серверов',
    ]);
  });
});
