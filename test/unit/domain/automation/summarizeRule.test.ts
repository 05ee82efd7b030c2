import { type AutomationRule, PRESET_KEYS } from '@shared/contract/schemas/automation';
import { presetRule } from '@shared/domain/automation/presetRule';
import { summarizeRule } from '@shared/domain/automation/summarizeRule';
import { DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../src-main/core/reports/createTranslator';

const names: Record<string, string> = { s2: 'Квалификация', u1: 'Анна', u2: 'Борис', src: 'Сайт' };
const nameOf = (_kind: string, id: string) => names[id] ?? null;
const rule = (parts: Partial<AutomationRule>): Pick<AutomationRule, 'trigger' | 'conditions' | 'actions'> => ({
  trigger: { type: 'stage_entered', stageId: 's2' },
  conditions: [],
  actions: [
    { type: 'create_task', taskType: 'call', subject: 'Позвонить', dueInMinutes: 240, assignee: 'owner', userIds: [] },
  ],
  ...parts,
});

describe('summarizeRule', () => {
  it('reads a rule as one sentence in English and Russian', () => {
    expect(summarizeRule(rule({}), createTranslator('en'), nameOf, 'en')).toBe(
      'When a deal enters Квалификация, create a call task “Позвонить” for its owner due in 4 hours.',
    );
    expect(summarizeRule(rule({}), createTranslator('ru'), nameOf, 'ru')).toBe(
      'Когда сделка попадает на этап «Квалификация»: создать задачу-звонок «Позвонить» для ответственного со сроком через 4 часа.',
    );
  });
  it('lists conditions and every action, with deleted references named as such', () => {
    const text = summarizeRule(
      rule({
        trigger: { type: 'after_win', months: 11 },
        conditions: [
          { type: 'value', min: 100_000_00, max: null, currency: 'RUB' },
          { type: 'source', ids: ['src'] },
          { type: 'field', field: 'notes', op: 'empty', value: null },
        ],
        actions: [
          { type: 'notify', message: 'Продление', assignee: 'manager', userIds: [] },
          { type: 'assign_owner', assignee: 'round_robin', userIds: ['u1', 'u2'] },
          { type: 'move_stage', stageId: 'gone' },
          {
            type: 'create_task',
            taskType: 'task',
            subject: 'X',
            dueInMinutes: 3 * 1440,
            assignee: 'user',
            userIds: ['u2'],
          },
        ],
      }),
      createTranslator('en'),
      nameOf,
      'en',
    );
    expect(text).toBe(
      'When 11 months have passed since a win, if the value is at least ₽100,000 and the source is Сайт and “Notes” is empty, ' +
        'notify the owner’s manager: “Продление”; make the next in turn of Анна, Борис the owner; move it to (deleted); ' +
        'create a task “X” for Борис due in 3 days.',
    );
  });
  it('every ready-made rule is a valid rule in both languages, off by default', () => {
    for (const language of ['ru', 'en'] as const) {
      const t = createTranslator(language);
      for (const key of PRESET_KEYS) {
        const preset = presetRule(key, t, () => 4);
        expect(preset.enabled).toBe(false);
        expect(preset.name).not.toMatch(/automation\./);
        expect(
          summarizeRule(
            preset as AutomationRule,
            t,
            (kind, id) => (kind === 'template' ? 'Спасибо' : (DEFAULT_STAGES.find((s) => s.id === id)?.key ?? null)),
            language,
          ),
        ).not.toMatch(/automation\.|\{\{/);
      }
    }
    expect(presetRule('call_new_lead', createTranslator('en'), () => 2).actions[0]).toMatchObject({
      dueInMinutes: 120,
    });
  });
});
