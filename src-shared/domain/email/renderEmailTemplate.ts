import type { Language } from '../../contract/schemas/common';
import { formatCalendarDate, formatInstant } from '../../i18n/formatDates';
import { formatMoney } from '../../i18n/formatMoney';
import type { CalendarDate } from '../calendarDate';
import { TEMPLATE_VARIABLES, type TemplateVariable } from './TEMPLATE_VARIABLES';

/** What a template is filled from: the deal and the people around it, as the core read them. */
export type TemplateFacts = {
  deal: {
    title: string;
    valueMinor: number | null;
    currency: string;
    /** The stage's name in the template's language (a seeded stage translated). */
    stage: string;
    expectedCloseOn: CalendarDate | null;
  } | null;
  company: { name: string } | null;
  contact: { name: string; email: string | null } | null;
  owner: { name: string; email: string | null } | null;
  /** The moment the message is written: `{{today}}` is its day in the workspace zone. */
  now: number;
};

export type RenderOptions = { language: Language; timeZone: string };

export type RenderedText = {
  text: string;
  /** Names between braces that are not variables (a typo): left in the text as written. */
  unknown: string[];
  /** Variables the facts have no value for (no contact on the deal): rendered empty. */
  empty: TemplateVariable[];
};

/** `{{ name }}`; the name is letters, digits and dots, so `{{` in prose that is not a name stays as it is. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_.]*)\s*\}\}/g;

const isVariable = (name: string): name is TemplateVariable => (TEMPLATE_VARIABLES as readonly string[]).includes(name);

/** The first word of a person's name ("Анна Петрова" → "Анна"). */
const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? '';

const valueOf = (name: TemplateVariable, facts: TemplateFacts, options: RenderOptions): string | null => {
  const { deal, company, contact, owner } = facts;
  switch (name) {
    case 'deal.title':
      return deal?.title ?? null;
    case 'deal.value':
      return deal && deal.valueMinor !== null ? formatMoney(deal.valueMinor, deal.currency, options.language) : null;
    case 'deal.stage':
      return deal?.stage || null;
    case 'deal.expectedClose':
      return deal?.expectedCloseOn ? formatCalendarDate(deal.expectedCloseOn, options.language) : null;
    case 'company.name':
      return company?.name ?? null;
    case 'contact.name':
      return contact?.name || null;
    case 'contact.firstName':
      return contact ? firstName(contact.name) || null : null;
    case 'contact.email':
      return contact?.email ?? null;
    case 'owner.name':
      return owner?.name || null;
    case 'owner.email':
      return owner?.email ?? null;
    case 'today':
      return formatInstant(facts.now, 'date', options.language, options.timeZone);
  }
};

/**
 * Fills a template's text (plain text: nothing is HTML, so nothing needs escaping) with the deal's
 * facts: money in the template's language with the deal's currency, dates in the workspace zone.
 * Unknown names are kept and reported so the editor can point at them.
 */
export const renderEmailTemplate = (template: string, facts: TemplateFacts, options: RenderOptions): RenderedText => {
  const unknown = new Set<string>();
  const empty = new Set<TemplateVariable>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isVariable(name)) {
      unknown.add(name);
      return whole;
    }
    const value = valueOf(name, facts, options);
    if (value === null) empty.add(name);
    return value ?? '';
  });
  return { text, unknown: [...unknown], empty: [...empty] };
};
