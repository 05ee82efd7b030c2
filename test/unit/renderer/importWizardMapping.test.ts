import { describe, expect, it } from 'vitest';
import { importMappingSchema } from '@shared/contract/schemas/imports';
import { applyImportPreset } from '../../../src-renderer/modules/imports/utils/applyImportPreset';
import { buildImportMapping } from '../../../src-renderer/modules/imports/utils/buildImportMapping';
import type { ImportValueChoice } from '../../../src-renderer/modules/imports/utils/ImportValueChoice';
import {
  type ImportWizardState,
  NO_CARRIED_MAPPING,
} from '../../../src-renderer/modules/imports/utils/ImportWizardState';
import { mayImportUsers } from '../../../src-renderer/modules/imports/utils/mayImportUsers';
import { warningsCsv } from '../../../src-renderer/modules/imports/utils/warningsCsv';

const choices: Record<string, ImportValueChoice[]> = {
  stage: [
    { id: 'stage:1', label: 'Квалификация', target: 'qualification', names: [] },
    { id: 'won', label: 'Выиграна', target: { stage: 'contract', status: 'won' }, names: [] },
  ],
  owner: [{ id: 'user:1', label: 'Ирина', target: 'irina@firm.ru', names: [] }],
};

const state: ImportWizardState = {
  entity: 'deals',
  upload: null,
  preview: null,
  columns: { title: 'Сделка', stage: 'Этап' },
  values: {
    stage: { 'В работе': 'stage:1', Успешно: 'won', Странное: 'gone' },
    // The owner column is not mapped: its translations are left out.
    owner: { Ирина: 'user:1' },
  },
  dedupeKeys: ['title'],
  dedupeAction: 'update',
  currency: null,
  newLeads: {},
  carried: NO_CARRIED_MAPPING,
};

describe('buildImportMapping', () => {
  it('builds the mapping the engine takes from the wizard choices', () => {
    const mapping = buildImportMapping(state, choices);
    expect(mapping).toEqual({
      version: 1,
      entity: 'deals',
      columns: { title: 'Сделка', stage: 'Этап' },
      values: { stage: { 'В работе': 'qualification', Успешно: { stage: 'contract', status: 'won' } } },
      dedupe: { keys: ['title'], action: 'update' },
    });
    expect(importMappingSchema.safeParse(mapping).success).toBe(true);
  });

  it("names the deals' currency when it is not the workspace's, and only for deals", () => {
    expect(buildImportMapping({ ...state, currency: 'USD' }, choices)).toMatchObject({ currency: 'USD' });
    expect(buildImportMapping({ ...state, entity: 'companies', currency: 'USD' }, choices)).not.toHaveProperty(
      'currency',
    );
  });
});

describe('warningsCsv', () => {
  it('writes a BOM, the separator, quotes where needed and neutralises formula-looking cells', () => {
    const csv = warningsCsv(
      [
        { line: 3, field: 'inn', reason: 'inn_invalid', value: '=HYPERLINK("http://x")' },
        { line: 4, field: null, reason: 'ragged_row', value: '5;4' },
      ],
      ['Строка', 'Поле', 'Предупреждение', 'Значение'],
      (reason) => `t:${reason}`,
      ';',
    );
    expect(csv).toBe(
      '\uFEFFСтрока;Поле;Предупреждение;Значение\r\n' +
        '3;inn;t:inn_invalid;"\'=HYPERLINK(""http://x"")"\r\n' +
        '4;;t:ragged_row;"5;4"\r\n',
    );
  });
});

describe('applyImportPreset', () => {
  it('takes the columns the file has, value targets that are still choices, and the duplicate rule', () => {
    const withFile: ImportWizardState = {
      ...state,
      values: {},
      preview: {
        format: 'csv',
        encoding: 'utf-8',
        delimiter: ';',
        headers: ['Сделка', 'Этап'],
        rows: [],
        suggestions: {},
        values: {},
      },
    };
    const preset = importMappingSchema.parse({
      entity: 'deals',
      columns: { title: 'Сделка', stage: 'Этап', owner: 'Менеджер' },
      values: { stage: { Успешно: { stage: 'contract', status: 'won' }, Старый: 'archived_stage' } },
      dedupe: { keys: ['title'], action: 'create' },
      currency: 'USD',
    });
    const applied = applyImportPreset(withFile, preset, choices);
    expect(applied.currency).toBe('USD');
    expect(applied.columns).toEqual({ title: 'Сделка', stage: 'Этап' });
    expect(applied.values).toEqual({ stage: { Успешно: 'won' } });
    expect(applied.dedupeAction).toBe('create');
    // Round trip: the wizard's mapping is the preset's, less what the file or the workspace lacks.
    expect(buildImportMapping(applied, choices).values).toEqual({
      stage: { Успешно: { stage: 'contract', status: 'won' } },
    });
  });
});

describe('a team list in the wizard', () => {
  const team: Record<string, ImportValueChoice[]> = {
    role: [
      { id: 'role:rep', label: 'Менеджер по продажам', target: 'rep', names: [] },
      { id: 'role:manager', label: 'Руководитель', target: 'manager', names: [] },
    ],
    manager: [{ id: 'user:1', label: 'Ирина · irina@firm.ru', target: 'irina@firm.ru', names: [] }],
  };

  it('offers its roles and managers to translate, and builds what the engine takes', () => {
    const users: ImportWizardState = {
      ...state,
      entity: 'users',
      columns: { name: 'Сотрудник', role: 'Должность', manager: 'Начальник' },
      values: { role: { 'Старший менеджер': 'role:manager' }, manager: { 'Ирина П.': 'user:1' } },
      dedupeKeys: ['email', 'name'],
      dedupeAction: 'skip',
    };
    const mapping = buildImportMapping(users, team);
    expect(mapping.values).toEqual({
      role: { 'Старший менеджер': 'manager' },
      manager: { 'Ирина П.': 'irina@firm.ru' },
    });
    const preview: ImportWizardState['preview'] = {
      format: 'csv',
      encoding: null,
      delimiter: ',',
      headers: ['Сотрудник', 'Должность', 'Начальник'],
      rows: [],
      suggestions: {},
      values: {},
    };
    const applied = applyImportPreset({ ...users, preview, values: {} }, importMappingSchema.parse(mapping), team);
    expect(applied.values).toEqual(users.values);
  });

  it('is closed to a rep signed in to a team hub, who may not change the team there', () => {
    const identity = (role: 'rep' | 'manager' | 'admin' | null) => ({
      hubId: 'h',
      login: 'l',
      userId: null,
      role,
      team: null,
    });
    expect(mayImportUsers(null)).toBe(true);
    expect(mayImportUsers(identity('manager'))).toBe(true);
    expect(mayImportUsers(identity('admin'))).toBe(true);
    expect(mayImportUsers(identity('rep'))).toBe(false);
  });
});
