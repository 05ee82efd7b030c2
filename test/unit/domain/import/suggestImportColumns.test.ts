import { IMPORT_FIELDS } from '@shared/contract/schemas/imports';
import { suggestImportColumns } from '@shared/domain/import/suggestImportColumns';
import { describe, expect, it } from 'vitest';

describe('suggestImportColumns', () => {
  it('reads English export headers (Maven, Pipedrive)', () => {
    const headers = [
      'opportunity_id',
      'sales_agent',
      'product',
      'account',
      'deal_stage',
      'engage_date',
      'close_date',
      'close_value',
    ];
    expect(suggestImportColumns(IMPORT_FIELDS.deals, headers)).toEqual({
      title: 'opportunity_id',
      stage: 'deal_stage',
      owner: 'sales_agent',
      company: 'account',
      value: 'close_value',
      createdAt: 'engage_date',
      closedAt: 'close_date',
    });
  });

  it('reads Russian headers (amoCRM, Bitrix24), each header given once', () => {
    const headers = [
      'Название сделки',
      'Бюджет',
      'Этап сделки',
      'Ответственный',
      'Компания',
      'Дата создания',
      'Примечание',
    ];
    expect(suggestImportColumns(IMPORT_FIELDS.deals, headers)).toEqual({
      title: 'Название сделки',
      value: 'Бюджет',
      stage: 'Этап сделки',
      owner: 'Ответственный',
      company: 'Компания',
      createdAt: 'Дата создания',
      notes: 'Примечание',
    });
    expect(suggestImportColumns(IMPORT_FIELDS.companies, ['Наименование', 'ИНН', 'Сайт', 'Телефон', 'Город'])).toEqual({
      name: 'Наименование',
      inn: 'ИНН',
      website: 'Сайт',
      phone: 'Телефон',
      region: 'Город',
    });
  });

  it("reads a team list's headers, its own words first (a Russian list's «Менеджер» is the person)", () => {
    expect(suggestImportColumns(IMPORT_FIELDS.users, ['sales_agent', 'manager', 'regional_office'], 'users')).toEqual({
      name: 'sales_agent',
      manager: 'manager',
    });
    expect(
      suggestImportColumns(IMPORT_FIELDS.users, ['Менеджер', 'Руководитель', 'Роль', 'Рабочий email'], 'users'),
    ).toEqual({ name: 'Менеджер', manager: 'Руководитель', role: 'Роль', email: 'Рабочий email' });
    expect(
      suggestImportColumns(IMPORT_FIELDS.users, ['Employee', 'Team lead', 'Access level', 'E-mail'], 'users'),
    ).toEqual({ name: 'Employee', manager: 'Team lead', role: 'Access level', email: 'E-mail' });
    // Elsewhere «Сотрудник» is not a contact's name.
    expect(suggestImportColumns(IMPORT_FIELDS.contacts, ['Сотрудник'])).toEqual({});
  });

  it('suggests nothing for headers it does not know', () => {
    expect(suggestImportColumns(IMPORT_FIELDS.contacts, ['col1', 'col2', ''])).toEqual({});
  });
});
