/**
 * The variables an e-mail template may use, as `{{deal.title}}`. The editor lists them and reports
 * any other name; the core refuses to queue a message that still has an unknown one.
 */
export const TEMPLATE_VARIABLES = [
  'deal.title',
  'deal.value',
  'deal.stage',
  'deal.expectedClose',
  'company.name',
  'contact.name',
  'contact.firstName',
  'contact.email',
  'owner.name',
  'owner.email',
  'today',
] as const;

export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
