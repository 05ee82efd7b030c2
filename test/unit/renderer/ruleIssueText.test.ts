import { ruleFieldsShape } from '@shared/contract/schemas/automation';
import { resources } from '@shared/i18n/resources';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ensureAutomationMessages } from '../../../src-renderer/modules/automation/utils/ensureAutomationMessages';
import { ruleIssueText } from '../../../src-renderer/modules/automation/utils/ruleIssueText';
import { createI18n } from '../../../src-renderer/platform/createI18n';

const ru = createI18n('ru', resources['ru'].translation);
ensureAutomationMessages(ru);
const tRu = (key: string, values?: Record<string, unknown>) => ru.t(key, values ?? {});

const rule = (patch: Record<string, unknown>) => ({
  name: 'Позвонить новому лиду',
  pipelineId: null,
  trigger: { type: 'deal_created' },
  conditions: [],
  actions: [{ type: 'notify', message: 'Новый лид', assignee: 'owner', userIds: [] }],
  ...patch,
});

/** The first issue the contract finds in a rule, as the editor words it. */
const firstIssueOf = (input: unknown) => {
  const parsed = z.object(ruleFieldsShape).safeParse(input);
  if (parsed.success) throw new Error('expected the rule to be refused');
  return ruleIssueText(parsed.error.issues[0]!, tRu);
};

describe('ruleIssueText', () => {
  it('asks for an action rather than naming the schema path "actions"', () => {
    expect(firstIssueOf(rule({ actions: [] }))).toBe('Добавьте хотя бы одно действие');
  });

  it('names the action and its field in Russian', () => {
    const task = {
      type: 'create_task',
      taskType: 'call',
      subject: '',
      dueInMinutes: 60,
      assignee: 'owner',
      userIds: [],
    };
    expect(firstIssueOf(rule({ actions: [task] }))).toBe('Действие 1 · Тема: Обязательное поле');
  });

  it('names the rule’s name when it is empty, not a bare "too small"', () => {
    expect(firstIssueOf(rule({ name: '' }))).toBe('Название: Обязательное поле');
  });

  it('names the trigger’s number of days', () => {
    expect(firstIssueOf(rule({ trigger: { type: 'no_contact', days: 0 } }))).toMatch(/^Когда · Дней: /);
  });

  it('names a condition by its place', () => {
    expect(firstIssueOf(rule({ conditions: [{ type: 'stage', ids: [] }] }))).toBe(
      'Условие 1 · Значение: выберите хотя бы одно значение',
    );
  });
});
