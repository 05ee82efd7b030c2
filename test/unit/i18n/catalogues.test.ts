import { automationEn } from '@shared/i18n/messages/automation.en';
import { automationRu } from '@shared/i18n/messages/automation.ru';
import { ERROR_CODES } from '@shared/contract/envelope';
import { DEAL_KINDS, DEAL_STATUSES } from '@shared/contract/schemas/deals';
import {
  DEFAULT_LEAD_SOURCES,
  DEFAULT_LOSS_REASONS,
  DEFAULT_PIPELINE,
  DEFAULT_STAGES,
} from '@shared/domain/defaultWorkspace';
import { FUNNEL_STEPS } from '@shared/domain/funnelSteps';
import { en } from '@shared/i18n/en';
import { importsEn } from '@shared/i18n/messages/imports.en';
import { importsRu } from '@shared/i18n/messages/imports.ru';
import { kpiReportEn } from '@shared/i18n/messages/kpiReport.en';
import { kpiReportRu } from '@shared/i18n/messages/kpiReport.ru';
import { resources } from '@shared/i18n/resources';
import { ru } from '@shared/i18n/ru';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );

const lookup = (tree: Tree, path: string): string | Tree | undefined =>
  path
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);

// The whole catalogues: the start-up one plus the messages the renderer loads with their pages.
const languages = { ru: resources.ru.translation as Tree, en: resources.en.translation as Tree };

describe('i18n catalogues', () => {
  it('have identical key sets in ru and en', () => {
    const ruKeys = leaves(languages.ru)
      .map(([key]) => key)
      .sort();
    const enKeys = leaves(languages.en)
      .map(([key]) => key)
      .sort();
    expect(enKeys).toEqual(ruKeys);
    expect(ruKeys.length).toBeGreaterThan(150);
  });

  it.each(Object.entries(languages))('%s has no empty or untrimmed values', (_language, tree) => {
    for (const [key, value] of leaves(tree)) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).toBe(value.trim());
    }
  });

  it('are what resources.ts hands to i18next', () => {
    expect(resources.ru.translation).toEqual({
      ...ru,
      imports: importsRu,
      automation: automationRu,
      kpiReport: kpiReportRu,
    });
    expect(resources.en.translation).toEqual({
      ...en,
      imports: importsEn,
      automation: automationEn,
      kpiReport: kpiReportEn,
    });
  });

  const required = [
    ...ERROR_CODES.map((code) => `errors.${code}`),
    ...FUNNEL_STEPS.map((step) => `funnel.step.${step}`),
    ...DEAL_STATUSES.map((status) => `deal.status.${status}`),
    ...DEAL_KINDS.map((kind) => `deal.kind.${kind}`),
    `defaults.pipeline.${DEFAULT_PIPELINE.key}`,
    ...DEFAULT_STAGES.map((stage) => `defaults.stage.${stage.key}`),
    ...DEFAULT_STAGES.flatMap((stage) => stage.controlPoints.map((point) => `defaults.controlPoint.${point.key}`)),
    ...DEFAULT_LOSS_REASONS.map((reason) => `defaults.lossReason.${reason.key}`),
    ...DEFAULT_LEAD_SOURCES.map((source) => `defaults.leadSource.${source.key}`),
    ...['too_small', 'too_big', 'invalid_type', 'invalid_format', 'invalid_value', 'custom'].map(
      (code) => `issues.${code}`,
    ),
  ];

  it.each(required)('translate %s in both languages', (key) => {
    expect(typeof lookup(languages.ru, key)).toBe('string');
    expect(typeof lookup(languages.en, key)).toBe('string');
  });

  it('name the funnel steps and seeded stages as the design says', () => {
    expect(Object.values(ru.funnel.step)).toEqual([
      'Осведомлённость',
      'Интерес',
      'Рассмотрение',
      'Намерение',
      'Покупка',
      'Удержание',
    ]);
    expect(
      DEFAULT_STAGES.map((stage) => [
        lookup(languages.ru, `defaults.stage.${stage.key}`),
        lookup(languages.en, `defaults.stage.${stage.key}`),
      ]),
    ).toEqual([
      ['Новый лид', 'New lead'],
      ['Квалификация', 'Qualification'],
      ['Презентация и КП', 'Presentation & proposal'],
      ['Переговоры', 'Negotiation'],
      ['Договор и оплата', 'Contract & payment'],
      ['Клиент', 'Customer'],
    ]);
  });

  it('use only {{placeholders}} that exist in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    const enByKey = new Map(leaves(languages.en));
    for (const [key, value] of leaves(languages.ru)) {
      expect(placeholders(enByKey.get(key) ?? ''), key).toEqual(placeholders(value));
    }
  });
});
