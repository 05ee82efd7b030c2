import type { Language } from '@shared/contract/schemas/common';
import type { TemplateFacts } from '@shared/domain/email/renderEmailTemplate';
import { displayName } from '@shared/i18n/displayName';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import type { Translate } from '@shared/i18n/Translate';
import { createTranslator } from '../../reports/createTranslator';

const translators = new Map<Language, Translate>();
/** One translator per language for the process: a queue of fifty letters makes one, not fifty. */
const translatorFor = (language: Language): Translate => {
  let t = translators.get(language);
  if (!t) {
    t = createTranslator(language);
    translators.set(language, t);
  }
  return t;
};

type FactsRow = {
  title: string;
  value_minor: number;
  currency: string;
  expected_close_on: string | null;
  stage_name: string | null;
  stage_key: string | null;
  company_name: string | null;
  contact_name: string | null;
  contact_email: string | null;
  owner_name: string | null;
  owner_email: string | null;
};

const FACTS = `
SELECT d.title, d.value_minor, d.currency, d.expected_close_on,
       s.name AS stage_name, s.default_key AS stage_key,
       co.name AS company_name,
       c.name AS contact_name, c.email AS contact_email,
       u.name AS owner_name, u.email AS owner_email
FROM deals d
JOIN stages s ON s.id = d.stage_id
LEFT JOIN companies co ON co.id = d.company_id AND co.deleted_at IS NULL
LEFT JOIN contacts c ON c.id = d.contact_id AND c.deleted_at IS NULL
LEFT JOIN users u ON u.id = d.owner_id AND u.deleted_at IS NULL
WHERE d.id = ? AND d.deleted_at IS NULL`;

/** A deal's facts for a template, or undefined when there is no such live deal. */
export const templateFacts = (db: Db, dealId: string, language: Language, now: number): TemplateFacts | undefined => {
  const row = prepare(db, FACTS).get(dealId) as FactsRow | undefined;
  if (!row) return undefined;
  return {
    deal: {
      title: row.title,
      // A zero value is "not set" on a deal card; the letter says nothing rather than "0 ₽".
      valueMinor: row.value_minor > 0 ? row.value_minor : null,
      currency: row.currency,
      stage: displayName({ name: row.stage_name, defaultKey: row.stage_key }, translatorFor(language)),
      expectedCloseOn: row.expected_close_on,
    },
    company: row.company_name === null ? null : { name: row.company_name },
    contact: row.contact_name === null ? null : { name: row.contact_name, email: row.contact_email },
    owner: row.owner_name === null ? null : { name: row.owner_name, email: row.owner_email },
    now,
  };
};

/** The editor's preview with no deal picked: a made-up deal in the template's language. */
export const sampleFacts = (language: Language, currency: string, now: number): TemplateFacts =>
  language === 'ru'
    ? {
        deal: {
          title: 'Поставка оборудования',
          valueMinor: 450_000_00,
          currency,
          stage: 'Предложение',
          expectedCloseOn: '2026-12-25',
        },
        company: { name: 'ООО «Пример»' },
        contact: { name: 'Анна Смирнова', email: 'anna@example.ru' },
        owner: { name: 'Иван Петров', email: 'ivan@example.ru' },
        now,
      }
    : {
        deal: {
          title: 'Equipment supply',
          valueMinor: 450_000_00,
          currency,
          stage: 'Proposal',
          expectedCloseOn: '2026-12-25',
        },
        company: { name: 'Example Ltd' },
        contact: { name: 'Anna Smith', email: 'anna@example.com' },
        owner: { name: 'John Parker', email: 'john@example.com' },
        now,
      };
