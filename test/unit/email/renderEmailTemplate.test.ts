import { describe, expect, it } from 'vitest';
import { renderEmailTemplate, type TemplateFacts } from '../../../src-shared/domain/email/renderEmailTemplate';

const facts: TemplateFacts = {
  deal: {
    title: 'Поставка станков',
    valueMinor: 1_250_000_50,
    currency: 'RUB',
    stage: 'Предложение',
    expectedCloseOn: '2026-12-31',
  },
  company: { name: 'ООО «Ромашка»' },
  contact: { name: 'Анна Петрова', email: 'anna@romashka.ru' },
  owner: { name: 'Иван Иванов', email: 'ivan@voronka.test' },
  // 23:30 UTC on 30 Nov is already 1 December in Moscow.
  now: Date.UTC(2026, 10, 30, 23, 30),
};

/** Intl puts narrow no-break spaces in numbers; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('renderEmailTemplate', () => {
  it('fills a Russian template: money in roubles with kopecks, dates in the workspace zone', () => {
    const rendered = renderEmailTemplate(
      '{{contact.firstName}}, добрый день! По сделке «{{ deal.title }}» ({{company.name}}) на {{deal.value}} ' +
        'ждём решения до {{deal.expectedClose}}. Сегодня {{today}}. {{owner.name}}, {{owner.email}}',
      facts,
      { language: 'ru', timeZone: 'Europe/Moscow' },
    );
    expect(plain(rendered.text)).toBe(
      'Анна, добрый день! По сделке «Поставка станков» (ООО «Ромашка») на 1 250 000,50 ₽ ждём решения до 31.12.2026. ' +
        'Сегодня 01.12.2026. Иван Иванов, ivan@voronka.test',
    );
    expect(rendered).toMatchObject({ unknown: [], empty: [] });
  });

  it('fills an English template in English formats, the day in the given zone', () => {
    const rendered = renderEmailTemplate(
      'Hi {{contact.name}}, {{deal.title}} is at {{deal.stage}} for {{deal.value}}, closing {{deal.expectedClose}}; today is {{today}}.',
      { ...facts, deal: { ...facts.deal!, valueMinor: 9_900_00, currency: 'USD' } },
      { language: 'en', timeZone: 'UTC' },
    );
    expect(plain(rendered.text)).toBe(
      'Hi Анна Петрова, Поставка станков is at Предложение for $9,900, closing 12/31/2026; today is 11/30/2026.',
    );
  });

  it('reports unknown names (kept as written) and variables with no value (rendered empty)', () => {
    const rendered = renderEmailTemplate(
      'Hello {{contact.fristName}} {{contact.name}}! {{ deal.value }} {{ not a name }}',
      { ...facts, contact: null, deal: { ...facts.deal!, valueMinor: null } },
      { language: 'en', timeZone: 'UTC' },
    );
    expect(rendered.text).toBe('Hello {{contact.fristName}} !  {{ not a name }}');
    expect(rendered.unknown).toEqual(['contact.fristName']);
    expect(rendered.empty).toEqual(['contact.name', 'deal.value']);
  });
});
